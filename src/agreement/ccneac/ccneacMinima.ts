import type { Parameter, Source } from "../../parameters/Parameter.js";
import { lf } from "../model/AgreementModel.js";

/** Rows are groupes 1 to 9, columns échelons 1 to 12; keys "groupe-échelon". */
const grid = (rows: readonly (readonly number[])[]) =>
  Object.fromEntries(rows.flatMap((amounts, g) => amounts.map((amount, e) => [`${g + 1}-${e + 1}`, amount] as const)));
const accord = (when: string, id: string, extension: string): Source => ({
  label: `CCNEAC, accord du ${when} relatif aux salaires minima (étendu par ${extension}), art. 1.2 : grille des emplois autres qu'artistiques, groupes 1 à 9, échelons 1 à 12, pour 151,40 heures`,
  url: lf(id),
});
const NON_MEMBERS = "Extended: binds every employer of the branch from the day after the extension order is published; until then a non-member owes the previous grid. Encoded from the date the signatories set (members of the signatory organisations).";

const Y2021 = [
  [3320.87, 3420.5, 3520.12, 3619.75, 3719.37, 3819, 3918.63, 4018.25, 4117.88, 4217.51, 4317.13, 4416.76],
  [2559.91, 2636.7, 2713.5, 2790.3, 2867.1, 2943.89, 3020.69, 3097.49, 3174.28, 3251.08, 3327.88, 3404.68],
  [2347.44, 2417.86, 2488.29, 2558.71, 2629.13, 2699.55, 2769.98, 2840.4, 2910.82, 2981.25, 3051.67, 3122.09],
  [2149.51, 2213.99, 2278.48, 2342.96, 2407.45, 2471.93, 2536.42, 2600.9, 2665.39, 2729.87, 2794.36, 2858.84],
  [1806.44, 1860.63, 1914.83, 1969.02, 2023.21, 2077.41, 2131.6, 2185.79, 2239.99, 2294.18, 2348.37, 2402.57],
  [1685.99, 1736.57, 1787.15, 1837.73, 1888.31, 1938.89, 1989.47, 2040.05, 2090.63, 2141.2, 2191.78, 2242.36],
  [1626.69, 1675.49, 1724.29, 1773.09, 1821.89, 1870.69, 1919.49, 1968.29, 2017.1, 2065.9, 2114.7, 2163.5],
  [1589.42, 1637.1, 1684.79, 1732.47, 1780.15, 1827.83, 1875.52, 1923.2, 1970.88, 2018.56, 2066.25, 2113.93],
  [1574.92, 1622.17, 1669.41, 1716.66, 1763.91, 1811.16, 1858.4, 1905.65, 1952.9, 2000.15, 2047.39, 2094.64],
];
const Y2022 = [
  [3370.87, 3472, 3573.12, 3674.25, 3775.37, 3876.5, 3977.63, 4078.75, 4179.88, 4281, 4382.13, 4483.26],
  [2609.91, 2688.21, 2766.5, 2844.8, 2923.1, 3001.4, 3079.69, 3157.99, 3236.29, 3314.59, 3392.88, 3471.18],
  [2397.44, 2469.36, 2541.29, 2613.21, 2685.13, 2757.06, 2828.98, 2900.9, 2972.83, 3044.75, 3116.67, 3188.6],
  [2199.51, 2265.5, 2331.48, 2397.47, 2463.45, 2529.44, 2595.42, 2661.41, 2727.39, 2793.38, 2859.36, 2925.35],
  [1866.44, 1922.43, 1978.43, 2034.42, 2090.41, 2146.41, 2202.4, 2258.39, 2314.39, 2370.38, 2426.37, 2482.37],
  [1745.99, 1798.37, 1850.75, 1903.13, 1955.51, 2007.89, 2060.27, 2112.65, 2165.03, 2217.41, 2269.79, 2322.17],
  [1686.69, 1737.29, 1787.89, 1838.49, 1889.09, 1939.69, 1990.29, 2040.89, 2091.5, 2142.1, 2192.7, 2243.3],
  [1659.42, 1709.2, 1758.99, 1808.77, 1858.55, 1908.33, 1958.12, 2007.9, 2057.68, 2107.46, 2157.25, 2207.03],
  [1645.58, 1694.95, 1744.31, 1793.68, 1843.05, 1892.42, 1941.78, 1991.15, 2040.52, 2089.89, 2139.25, 2188.62],
];
const Y2023 = [
  [3435.87, 3538.95, 3642.02, 3745.1, 3848.17, 3951.25, 4054.33, 4157.4, 4260.48, 4363.55, 4466.63, 4569.71],
  [2674.91, 2755.16, 2835.4, 2915.65, 2995.9, 3076.15, 3156.39, 3236.64, 3316.89, 3397.14, 3477.38, 3557.63],
  [2462.44, 2536.31, 2610.19, 2684.06, 2757.93, 2831.81, 2905.68, 2979.55, 3053.43, 3127.3, 3201.17, 3275.05],
  [2264.51, 2332.45, 2400.38, 2468.32, 2536.25, 2604.19, 2672.12, 2740.06, 2807.99, 2875.93, 2943.86, 3011.8],
  [1931.44, 1989.38, 2047.33, 2105.27, 2163.21, 2221.16, 2279.1, 2337.04, 2394.99, 2452.93, 2510.87, 2568.82],
  [1810.99, 1865.32, 1919.65, 1973.98, 2028.31, 2082.64, 2136.97, 2191.3, 2245.63, 2299.96, 2354.29, 2408.62],
  [1751.69, 1804.24, 1856.79, 1909.34, 1961.89, 2014.44, 2066.99, 2119.54, 2172.1, 2224.65, 2277.2, 2329.75],
  [1724.42, 1776.15, 1827.89, 1879.62, 1931.35, 1983.08, 2034.82, 2086.55, 2138.28, 2190.01, 2241.75, 2293.48],
  [1710.58, 1761.9, 1813.21, 1864.53, 1915.85, 1967.17, 2018.48, 2069.8, 2121.12, 2172.44, 2223.75, 2275.07],
];

/**
 * Monthly gross minimum of the emplois autres qu'artistiques (administration, technique, relations
 * publiques…) of the CCN des entreprises artistiques et culturelles (IDCC 1285), by groupe (1 to 9)
 * and échelon (1 to 12), for the agreement's full-time schedule of 151,40 hours a month. Artists'
 * minima (per month, service or cachet) are not encoded. No grid after the accord of 28 April 2023
 * was found in the KALI data; the grid of the accord of 31 January 2019 is not encoded.
 *
 * @example
 * ```ts
 * valueAt(ccneacMinima, "2023-09-01")?.value["5-1"]; // 1931.44
 * ```
 */
export const ccneacMinima: Parameter<Readonly<Record<string, number>>> = {
  id: "agreement.1285.minima",
  description: "Entreprises artistiques et culturelles (IDCC 1285) : salaire minimum mensuel brut des emplois autres qu'artistiques par groupe et échelon (151,40 h)",
  unit: "EUR/month",
  values: [
    {
      effectiveFrom: "2021-12-09", verified: true, sources: [accord("8 décembre 2021", "KALITEXT000045694578", "arrêté du 31 mars 2022")],
      value: { ...grid(Y2021), "8-1": 1589.47, "9-1": 1589.47 },
      note: `Groupes 8 and 9, échelon 1: the table's amounts fell below the SMIC of 1 October 2021, so the accord sets them at 1 589,47 €. ${NON_MEMBERS}`,
    },
    {
      effectiveFrom: "2022-06-01", verified: true, sources: [accord("16 mai 2022", "KALITEXT000046265829", "arrêtés du 11 août et du 29 décembre 2022")],
      value: grid(Y2022), note: NON_MEMBERS,
    },
    {
      effectiveFrom: "2023-06-01", verified: true, sources: [accord("28 avril 2023", "KALITEXT000047792499", "arrêtés du 10 juillet et du 14 août 2023")],
      value: grid(Y2023), note: NON_MEMBERS,
    },
  ],
};
