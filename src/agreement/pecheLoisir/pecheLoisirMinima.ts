import type { Parameter, Source } from "../../parameters/Parameter.js";
import { lf } from "../model/AgreementModel.js";

/** Rung keys in the order the avenants print them: niveau VI 3e échelon down to niveau I. */
export const PECHE_LOISIR_RUNGS = ["VI-3", "VI-2", "VI-1", "V-3", "V-2", "V-1", "IV-3", "IV-2", "IV-1", "III-2", "III-1", "II-2", "II-1", "I"] as const;

const grid = (amounts: readonly number[]) => Object.fromEntries(PECHE_LOISIR_RUNGS.map((k, i) => [k, amounts[i]!]));
const av = (n: string, id: string, when: string): Source => ({
  label: `Pêche de loisir, avenant n° ${n} (non étendu), art. 1er et 2 : rémunérations minimales mensuelles par niveau et échelon, ${when}`,
  url: lf(id),
});

/**
 * Monthly gross minimum per niveau and échelon of the CCN des structures associatives de pêche de
 * loisir et de protection du milieu aquatique (IDCC 3203), full time. None of these avenants is
 * extended: they bind the members of the signatory employers' organisation (and, since the
 * interbranch agreement of 9 February 2023, the field is attached to ÉCLAT). No avenant after
 * n° 13 (1 January 2023) was found in the KALI data.
 *
 * @example
 * ```ts
 * valueAt(pecheLoisirMinima, "2023-06-01")?.value["I"]; // 1723.77
 * ```
 */
export const pecheLoisirMinima: Parameter<Readonly<Record<string, number>>> = {
  id: "agreement.3203.minima",
  description: "Pêche de loisir (IDCC 3203) : rémunération minimale mensuelle brute par niveau et échelon",
  unit: "EUR/month",
  values: [
    {
      effectiveFrom: "2020-01-01", verified: true, sources: [av("9 du 29 janvier 2020", "KALITEXT000042096455", "au 1er janvier 2020")],
      value: grid([2809.41, 2655.92, 2505.51, 2404.19, 2252.24, 2150.94, 2049.63, 1897.68, 1847.03, 1745.73, 1695.08, 1644.43, 1593.81, 1573.73]),
    },
    {
      effectiveFrom: "2021-01-01", verified: true, sources: [av("10 du 15 décembre 2020", "KALITEXT000043929829", "au 1er janvier 2021")],
      value: grid([2850.41, 2696.92, 2546.51, 2445.19, 2293.24, 2191.94, 2079.63, 1916.68, 1866.03, 1764.73, 1714.08, 1663.43, 1612.81, 1592.73]),
    },
    {
      effectiveFrom: "2022-01-01", verified: true, sources: [av("11 du 18 novembre 2021", "KALITEXT000045373166", "au 1er janvier 2022")],
      value: grid([2895.41, 2741.92, 2591.51, 2490.19, 2338.24, 2236.94, 2124.63, 1958.68, 1908.03, 1806.73, 1756.08, 1705.43, 1654.81, 1634.73]),
    },
    {
      effectiveFrom: "2022-08-01", verified: true, sources: [av("12 du 7 juillet 2022", "KALITEXT000046599630", "au 1er août 2022")],
      value: grid([2982.27, 2824.18, 2669.26, 2564.9, 2408.39, 2304.05, 2188.37, 2017.44, 1965.27, 1860.93, 1808.76, 1756.59, 1704.45, 1683.77]),
    },
    {
      effectiveFrom: "2023-01-01", verified: true, sources: [av("13 du 8 novembre 2022", "KALITEXT000047348878", "au 1er janvier 2023")],
      value: grid([3083.77, 2921.77, 2762.77, 2646.77, 2487.77, 2372.77, 2249.77, 2085.77, 2022.77, 1917.77, 1859.27, 1802.27, 1748.77, 1723.77]),
    },
  ],
};
