import type { Parameter } from "../../parameters/Parameter.js";
import { ccn66Texts as t } from "./ccn66Texts.js";

/**
 * Salaire minimum conventionnel of the CCN 66 (IDCC 0413), as the index below which no coefficient
 * is paid (annexe 1, art. 2), for day services; boarding (internat) adds 10 points (373/383, 403/413).
 *
 * @example
 * ```ts
 * valueAt(ccn66MinimumIndex, "2021-06-01")?.value; // 373
 * ```
 */
export const ccn66MinimumIndex: Parameter<number> = {
  id: "agreement.0413.minimumIndex",
  description: "CCN 66 (IDCC 0413) : indice du salaire minimum conventionnel (externat ; internat + 10)",
  unit: "point",
  values: [
    { effectiveFrom: "2021-02-01", value: 373, sources: [t.av361], verified: true },
    {
      effectiveFrom: "2022-07-01", value: 403, sources: [t.tripalio2022], verified: false,
      note: "From the employers' recommendation of 2022 as a union reported it; not seen in the KALI data.",
    },
  ],
};
