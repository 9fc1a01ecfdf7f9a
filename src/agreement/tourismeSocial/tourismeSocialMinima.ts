import type { Parameter, Source } from "../../parameters/Parameter.js";
import { lf } from "../model/AgreementModel.js";

const av = (n: string, id: string, when: string): Source => ({ label: `Tourisme social et familial, avenant n° ${n} (étendu), art. 2 : minima conventionnels par niveau, ${when}`, url: lf(id) });

/**
 * Monthly gross minimum per level (A to G) of the CCN de tourisme social et familial (IDCC 1316),
 * full time. Every avenant below was extended; those of 2022 and 2023 take effect the day after
 * their extension order is published (the date Légifrance gives). Values after avenant n° 73 were not found.
 *
 * @example
 * ```ts
 * valueAt(tourismeSocialMinima, "2023-06-01")?.value["A"]; // 1688
 * ```
 */
export const tourismeSocialMinima: Parameter<Readonly<Record<string, number>>> = {
  id: "agreement.1316.minima",
  description: "Tourisme social et familial (IDCC 1316) : salaire minimum conventionnel mensuel brut par niveau",
  unit: "EUR/month",
  values: [
    {
      effectiveFrom: "2020-01-01", verified: true, sources: [av("64 du 27 novembre 2019", "KALITEXT000041973430", "au 1er janvier 2020")],
      value: { A: 1536, B: 1584, C: 1618, D: 1749, E: 1994, F: 2323, G: 2896 },
    },
    {
      effectiveFrom: "2022-01-01", verified: true, sources: [av("71 du 8 novembre 2021", "KALITEXT000045139576", "au 1er janvier 2022")],
      value: { A: 1600, B: 1624, C: 1658, D: 1787, E: 2038, F: 2374, G: 2960 },
    },
    {
      effectiveFrom: "2022-09-01", verified: true, sources: [av("72 du 1er juin 2022", "KALITEXT000046313919", "au lendemain de l'arrêté d'extension et au plus tard le 1er septembre 2022")],
      value: { A: 1646, B: 1670, C: 1704, D: 1829, E: 2080, F: 2416, G: 3002 },
      note: "In force the day after the extension order's publication and at the latest on 1 September 2022: Légifrance dates it 2022-09-01.",
    },
    {
      effectiveFrom: "2023-02-22", verified: true, sources: [av("73 du 7 novembre 2022", "KALITEXT000047137081", "au lendemain de l'arrêté d'extension, au plus tôt le 1er janvier 2023")],
      value: { A: 1688, B: 1723, C: 1749, D: 1880, E: 2140, F: 2493, G: 3108 },
      note: "In force the day after the extension order's publication (Légifrance dates the text 2023-02-22).",
    },
  ],
};
