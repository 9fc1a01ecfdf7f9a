import type { Parameter } from "../../parameters/Parameter.js";

const lf = (id: string) => `https://www.legifrance.gouv.fr/conv_coll/id/${id}`;

/**
 * ÉCLAT (IDCC 1518): **V2**, the value of every point above group A's coefficient, since the double
 * point value of avenant n° 182 (1 January 2022). Before that date the agreement had a single point
 * value ({@link eclatPointValue1}) and this series has no value.
 */
export const eclatPointValue2: Parameter<number> = {
  id: "agreement.1518.pointValue2",
  description:
    "ÉCLAT (IDCC 1518) : valeur de point V2, appliquée aux points au-delà du coefficient du groupe A (depuis le 1er janvier 2022), en euros par point.",
  unit: "EUR",
  values: [
    {
      effectiveFrom: "2022-01-01",
      value: 6.37,
      sources: [
        { label: "Avenant n° 186 du 14 juin 2021 (KALITEXT000044464194)", url: lf("KALITEXT000044464194") },
        { label: "Avenant n° 182 du 1er octobre 2020 relatif au système de rémunération (KALITEXT000043561749)", url: lf("KALITEXT000043561749") },
      ],
      verified: true,
      note: "Inchangée par l'avenant n° 193 (1er mai 2022 pour les adhérents, 23 juillet 2022 pour tout employeur), qui ne relève que V1.",
    },
    {
      effectiveFrom: "2023-01-01",
      value: 6.5,
      sources: [
        { label: "Avenant n° 194 du 21 septembre 2022 (KALITEXT000046955305)", url: lf("KALITEXT000046955305") },
        { label: "Arrêté d'extension du 5 décembre 2022, JORF du 24 décembre 2022", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046794523" },
      ],
      verified: true,
    },
    {
      effectiveFrom: "2024-01-01",
      value: 6.6,
      sources: [
        { label: "Avenant n° 199 du 12 juillet 2023 (KALITEXT000048452545)", url: lf("KALITEXT000048452545") },
        { label: "Arrêté d'extension du 26 octobre 2023, JORF du 25 novembre 2023", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048458887" },
      ],
      verified: true,
    },
    {
      effectiveFrom: "2025-01-01",
      value: 6.73,
      sources: [
        { label: "Avenant n° 205 du 10 juillet 2024 (KALITEXT000050362513)", url: lf("KALITEXT000050362513") },
        { label: "Arrêté d'extension du 3 octobre 2024, JORF du 16 octobre 2024", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000050350882" },
      ],
      verified: true,
    },
    {
      effectiveFrom: "2026-01-01",
      value: 6.81,
      sources: [
        { label: "Avenant n° 208 du 23 juin 2025 (KALITEXT000052447622)", url: lf("KALITEXT000052447622") },
        { label: "Arrêté d'extension du 9 octobre 2025, JORF du 15 octobre 2025", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052391423" },
      ],
      verified: true,
    },
  ],
};
