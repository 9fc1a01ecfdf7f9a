import type { Parameter, Source } from "../../parameters/Parameter.js";
import { lf } from "../model/AgreementModel.js";

const av = (when: string, id: string): Source => ({ label: `Organismes de formation, avenant du ${when} (étendu), art. 2 : salaires minima conventionnels annuels bruts par palier de coefficient`, url: lf(id) });

/** Lowest coefficient of paliers 1 to 31 (palier 31: 600 and above). */
export const ORGANISMES_FORMATION_PALIERS: readonly number[] = [
  100, 110, 120, 133, 145, 158, 171, 186, 200, 207, 214, 220, 227, 234, 240, 246, 252, 258, 264, 270, 278, 286, 294, 302, 310, 350, 400, 450, 500, 550, 600,
];

/**
 * Annual gross minimum pay by palier (1 to 31) of the CCN des organismes de formation (IDCC 1516),
 * full time; a coefficient belongs to the palier whose range contains it ({@link ORGANISMES_FORMATION_PALIERS}).
 * The minima are annual: their respect is judged at the end of the year. No avenant for 2024 was
 * found: the 2023 grid is the last before the 2025 one.
 *
 * @example
 * ```ts
 * valueAt(organismesFormationMinima, "2025-03-01")?.value[0]; // 22090.38 (palier 1)
 * ```
 */
export const organismesFormationMinima: Parameter<readonly number[]> = {
  id: "agreement.1516.annualMinima",
  description: "Organismes de formation (IDCC 1516) : salaire minimum conventionnel annuel brut par palier",
  unit: "EUR/year",
  values: [
    {
      effectiveFrom: "2022-11-30", verified: true, sources: [av("30 novembre 2022 (année 2022)", "KALITEXT000047348491")],
      note: "Minima for the year 2022, in force from the avenant's signature (30 November 2022), judged at the end of the year.",
      value: [20463.94, 20513.82, 20611.28, 20637.27, 20710.1, 20756.15, 20900.3, 22166.24, 22662.1, 23431.13, 24200.17, 24859.34, 25628.36, 26397.39, 27056.56, 27715.71, 28374.89, 29034.06, 29693.22, 30352.39, 31231.27, 32110.17, 32989.06, 33867.94, 34784.03, 38991.58, 44251.01, 49510.43, 54769.87, 60029.3, 65288.73],
    },
    {
      effectiveFrom: "2023-01-01", verified: true, sources: [av("12 avril 2023 (année 2023)", "KALITEXT000047881030")],
      note: "Minima for the year 2023 (signed 12 April 2023, judged at the end of 2023); no later avenant was found before the one for 2025, so they are kept for 2024.",
      value: [21657.24, 21710.03, 21813.17, 21840.68, 21917.76, 21966.49, 22119.04, 23458.81, 23983.59, 24857.5, 25673.35, 26372.65, 27188.49, 28004.34, 28703.63, 29402.91, 30102.21, 30801.5, 31500.8, 32200.09, 33132.48, 33900.31, 34574.59, 35495.72, 36366.7, 40366.03, 45810.86, 51255.68, 56700.5, 62145.33, 67590.16],
    },
    {
      effectiveFrom: "2025-01-01", verified: true, sources: [av("18 novembre 2024 (année 2025)", "KALITEXT000051295056")],
      value: [22090.38, 22144.23, 22249.43, 22277.49, 22356.12, 22405.82, 22561.42, 23927.99, 24703.1, 25603.23, 26443.55, 27163.83, 28004.14, 28844.47, 29564.74, 30285, 31005.28, 31725.55, 32445.82, 33166.09, 34126.45, 34917.32, 35611.83, 36560.59, 37094.03, 41173.35, 46727.08, 52024.52, 57551.01, 63077.51, 68604.01],
    },
  ],
};
