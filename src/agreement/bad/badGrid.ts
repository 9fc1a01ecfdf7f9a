import type { Parameter } from "../../parameters/Parameter.js";
import type { AgreementGrid } from "../AgreementGrid.js";

const row = (degre: number, echelon: number, coefficient: number) => ({
  group: String(degre),
  level: echelon,
  coefficient,
  category: "ouvrier-employe" as const,
  label: `Employé, degré ${degre}, échelon ${echelon}`,
});

/**
 * BAD, aide à domicile (IDCC 2941): the coefficients of the classification of avenant n° 43-2020
 * (both tracks, intervention and support), as far as sourced: the employé degrees 1 and 2 from
 * 1 January 2024. In a classification, `group` is the degree (`"1"`, `"2"`), `level` the
 * échelon (1–3). The TAM and cadre rungs were not collected: the grid is marked `partial`.
 */
export const badGrid: Parameter<AgreementGrid> = {
  id: "agreement.2941.grid",
  description:
    "BAD (IDCC 2941) : coefficients de la classification (employés, degrés 1 et 2, échelons 1 à 3).",
  unit: "point",
  values: [
    {
      effectiveFrom: "2024-01-01",
      value: {
        rows: [row(1, 1, 308), row(1, 2, 315), row(1, 3, 331), row(2, 1, 344), row(2, 2, 359), row(2, 3, 383)],
        partial: true,
      },
      sources: [
        {
          label: "Avenant n° 61/2023 du 6 octobre 2023 (KALITEXT000049300810), étendu par arrêté du 18 mars 2024, JORF du 30 mars 2024",
          url: "https://www.legifrance.gouv.fr/conv_coll/id/KALITEXT000049300810",
        },
        { label: "Avenant n° 54-2022 du 5 octobre 2022 (degré 2, inchangé en 2024)", url: "https://www.legifrance.gouv.fr/conv_coll/id/KALITEXT000047783125" },
      ],
      verified: true,
      note:
        "Seuls les degrés 1 et 2 de la catégorie employé sont encodés ; les agents de maîtrise et cadres ne l'ont pas été. L'avenant n° 70/2025 (JORF du 4 avril 2026) fait passer les aides-soignants de l'employé degré 2 au TAM degré 1.",
    },
  ],
};
