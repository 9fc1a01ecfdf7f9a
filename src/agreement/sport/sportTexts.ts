// The avenants the Sport (IDCC 2511) minima rest on, shared by the monthly and the annual series.
import type { Source } from "../../parameters/Parameter.js";

/** A collective-agreement text on Légifrance (KALI). */
const lf = (id: string) => `https://www.legifrance.gouv.fr/conv_coll/id/${id}`;
/** Avenant n° 177 (Sport, IDCC 2511) and its extension. */
export const AV177: Source[] = [
  { label: "Avenant n° 177 du 29 novembre 2022 (KALITEXT000047348812)", url: lf("KALITEXT000047348812") },
  { label: "Arrêté d'extension du 20 février 2023, JORF du 1er mars 2023" },
];
/** Avenant n° 189 and its extension. */
export const AV189: Source[] = [
  { label: "Avenant n° 189 du 28 septembre 2023 (KALITEXT000048638676)", url: lf("KALITEXT000048638676") },
  { label: "Arrêté d'extension du 11 décembre 2023, JORF du 15 décembre 2023" },
];
/** Avenant n° 210 and its extension. */
export const AV210: Source[] = [
  { label: "Avenant n° 210 du 3 avril 2025 (KALITEXT000051927557)", url: lf("KALITEXT000051927557") },
  { label: "Arrêté d'extension du 24 juin 2025, JORF du 2 juillet 2025" },
];
