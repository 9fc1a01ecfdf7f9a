import type { Parameter } from "../../parameters/Parameter.js";

/**
 * ALISFA (IDCC 1261), system in force until 31 December 2023: the *plancher conventionnel*, the
 * annual gross amount on which the branch minimum (RMB = plancher + 15 € × (pesée − 292)) is built.
 * Replaced on 1 January 2024 by the SSC ({@link alisfaBaseSalary}).
 */
export const alisfaFloorBefore2024: Parameter<number> = {
  id: "agreement.1261.floorBefore2024",
  description: "ALISFA (IDCC 1261) : plancher conventionnel annuel brut de l'ancien système de rémunération (jusqu'au 31/12/2023).",
  unit: "EUR/year",
  values: [
    {
      effectiveFrom: "2023-06-01",
      value: 21147,
      sources: [
        { label: "Avenant n° 02-23 du 15 juin 2023 (KALITEXT000048044053)", url: "https://www.legifrance.gouv.fr/conv_coll/id/KALITEXT000048044053" },
      ],
      verified: true,
    },
    {
      effectiveFrom: "2024-01-01",
      value: null,
      sources: [
        {
          label: "Avenant n° 10-2022 du 6 décembre 2022 (nouveau chapitre V, en vigueur le 1er janvier 2024)",
          url: "https://www.legifrance.gouv.fr/conv_coll/id/KALITEXT000047348147",
        },
      ],
      verified: true,
      note: "Le plancher de l'ancien système disparaît avec le nouveau système de rémunération.",
    },
  ],
};
