import type { Parameter } from "../../parameters/Parameter.js";
import { ccn66Texts as t } from "./ccn66Texts.js";

/**
 * Indemnité de sujétion spéciale of the CCN 66 (IDCC 0413), as a ratio of the indexed salary
 * (coefficient × point): part of the minimum of non-cadre employees (annexe 1, titre Ier, art. 1).
 *
 * @example
 * ```ts
 * valueAt(ccn66SpecialAllowance, "2024-01-01")?.value; // 0.0921
 * ```
 */
export const ccn66SpecialAllowance: Parameter<number> = {
  id: "agreement.0413.specialAllowanceRate",
  description: "CCN 66 (IDCC 0413) : taux de l'indemnité de sujétion spéciale (non cadres)",
  unit: "ratio",
  values: [
    { effectiveFrom: "2018-01-01", value: 0.0848, sources: [t.av348], verified: true },
    { effectiveFrom: "2020-02-01", value: 0.0921, sources: [t.av354], verified: true },
  ],
};
