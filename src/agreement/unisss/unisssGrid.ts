import type { Parameter } from "../../parameters/Parameter.js";
import type { AgreementGrid, AgreementGridRow } from "../AgreementGrid.js";
import { unisssTexts as t } from "./unisssTexts.js";

/** By group, [years of seniority from which the step applies, coefficient], where the coefficient changes. */
const STEPS: Readonly<Record<string, readonly (readonly [number, number])[]>> = {
  A: [[0, 289], [1, 292], [3, 296], [5, 301], [7, 306], [10, 311], [13, 321], [16, 328], [20, 341], [24, 350], [28, 354], [32, 366], [36, 375], [40, 384]],
  B: [[0, 293], [1, 296], [3, 302], [5, 307], [7, 316], [10, 325], [13, 335], [16, 343], [20, 352], [24, 365], [28, 374], [32, 387], [36, 397], [40, 406]],
  C: [[0, 300], [1, 307], [2, 313], [3, 320], [5, 329], [7, 341], [9, 354], [12, 363], [15, 373], [18, 393], [21, 415], [24, 445], [28, 461], [32, 474], [36, 487], [40, 503]],
  D: [[0, 313], [1, 322], [3, 341], [5, 364], [7, 385], [9, 407], [11, 414], [14, 438], [17, 451], [20, 475], [24, 501], [28, 536], [32, 550], [36, 563], [40, 579]],
};

const rows: AgreementGridRow[] = Object.entries(STEPS).flatMap(([group, steps]) =>
  steps.map(([years, coefficient]) => ({
    group,
    coefficient,
    seniorityYears: years,
    label: `Groupe ${group}, ${years + 1}${years === 0 ? "re" : "e"} année d'ancienneté`,
  })),
);

/**
 * Coefficients of the non-cadre groups A to D of the convention UNISSS (IDCC 0405) by year of
 * seniority (the « 1re année » is 0 years' seniority), from avenant n° 01-2019. The cadres' grids
 * are not encoded.
 *
 * @example
 * ```ts
 * valueAt(unisssGrid, "2020-01-01")?.value.rows.find((r) => r.group === "D")?.coefficient; // 313
 * ```
 */
export const unisssGrid: Parameter<AgreementGrid> = {
  id: "agreement.0405.grid",
  description: "UNISSS (IDCC 0405) : coefficients des groupes non cadres A à D par ancienneté",
  unit: "point",
  values: [{ effectiveFrom: "2019-01-01", value: { partial: true, rows }, sources: [t.grid2019], verified: true }],
};
