import type { Parameter } from "../../parameters/Parameter.js";

/**
 * ALISFA (IDCC 1261): the annual value of one pesée point, in euros. Until 31 December 2023 it
 * valued the whole pesée (base pay = point × pesée, old chapter V); since 1 January 2024 it values
 * the pesée on top of the SSC ({@link alisfaBaseSalary}).
 */
export const alisfaPointValue: Parameter<number> = {
  id: "agreement.1261.pointValue",
  description: "ALISFA (IDCC 1261) : valeur annuelle du point de pesée, en euros.",
  unit: "EUR/year",
  values: [
    {
      effectiveFrom: "2023-01-01",
      value: 57.5,
      sources: [
        { label: "Avenant n° 06-22 du 15 septembre 2022 (KALITEXT000046955285)", url: "https://www.legifrance.gouv.fr/conv_coll/id/KALITEXT000046955285" },
      ],
      verified: true,
      note: "Ancien système (chapitre V ancien, KALIARTI000048058640) : rémunération de base = valeur du point × pesée.",
    },
    {
      effectiveFrom: "2024-01-01",
      value: 55,
      sources: [
        {
          label: "Avenant n° 10-2022 du 6 décembre 2022, chapitre V nouveau, art. 1.1 (KALITEXT000047348147), étendu par arrêté du 11 décembre 2023",
          url: "https://www.legifrance.gouv.fr/conv_coll/id/KALITEXT000047348147",
        },
        {
          label: "Convention ALISFA consolidée, chapitre V, art. 1.1 : « valeur du point est fixée à 55 euros … au 1er janvier 2024 » (site de la branche)",
          url: "https://www.alisfa.fr/convention-collective/thematiques/convention-collective-nationale/chapitre-v-systeme-de-remuneration/",
        },
      ],
      verified: true,
      note: "Nouveau système : rémunération de base = SSC + valeur du point × pesée. Valeurs 2025 et 2026 non trouvées.",
    },
  ],
};
