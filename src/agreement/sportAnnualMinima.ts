import type { Parameter, Source } from "../parameters/Parameter.js";

const lf = (id: string) => `https://www.legifrance.gouv.fr/conv_coll/id/${id}`;
const AV177: Source[] = [
  { label: "Avenant n° 177 du 29 novembre 2022 (KALITEXT000047348812)", url: lf("KALITEXT000047348812") },
  { label: "Arrêté d'extension du 20 février 2023, JORF du 1er mars 2023" },
];
const AV189: Source[] = [
  { label: "Avenant n° 189 du 28 septembre 2023 (KALITEXT000048638676)", url: lf("KALITEXT000048638676") },
  { label: "Arrêté d'extension du 11 décembre 2023, JORF du 15 décembre 2023" },
];
const AV210: Source[] = [
  { label: "Avenant n° 210 du 3 avril 2025 (KALITEXT000051927557)", url: lf("KALITEXT000051927557") },
  { label: "Arrêté d'extension du 24 juin 2025, JORF du 2 juillet 2025" },
];

/**
 * Sport (IDCC 2511): the annual reference pay of groups 7 and 8 (cadres) for full time, in euros,
 * applied pro rata to the months elapsed (avenant n° 177 and later). Keys are the group numbers.
 */
export const sportAnnualMinima: Parameter<Readonly<Record<string, number>>> = {
  id: "agreement.2511.annualMinima",
  description: "Sport (IDCC 2511) : salaire annuel de référence brut des groupes 7 et 8 (art. 9.2.1).",
  unit: "EUR/year",
  values: [
    { effectiveFrom: "2023-01-01", value: { "7": 38958, "8": 45071 }, sources: AV177, verified: true },
    { effectiveFrom: "2023-07-01", value: { "7": 39198, "8": 45311 }, sources: AV177, verified: true },
    { effectiveFrom: "2024-01-01", value: { "7": 39798, "8": 45911 }, sources: AV189, verified: true },
    { effectiveFrom: "2025-07-01", value: { "7": 40195.98, "8": 46370.11 }, sources: AV210, verified: true },
    { effectiveFrom: "2026-01-01", value: { "7": 40597.94, "8": 46833.81 }, sources: AV210, verified: true },
  ],
};
