import type { Parameter } from "../../parameters/Parameter.js";
import { unisssTexts as t } from "./unisssTexts.js";

/**
 * Point value of the convention UNISSS (IDCC 0405), EUR per point. Not extended; the 2021 and 2022
 * values were agreed after their date of effect (retroactive). No value after 2022-07-01 was found.
 *
 * @example
 * ```ts
 * valueAt(unisssPointValue, "2021-06-01")?.value; // 5.3
 * ```
 */
export const unisssPointValue: Parameter<number> = {
  id: "agreement.0405.pointValue",
  description: "UNISSS (IDCC 0405) : valeur du point",
  unit: "EUR",
  values: [
    { effectiveFrom: "2017-01-01", value: 5.256, sources: [t.av032017], verified: true },
    { effectiveFrom: "2020-01-01", value: 5.285, sources: [t.av012020], verified: true },
    { effectiveFrom: "2021-01-01", value: 5.3, sources: [t.av012022], verified: true, note: "Agreed on 21 January 2022, retroactive to 2021-01-01." },
    { effectiveFrom: "2022-07-01", value: 5.459, sources: [t.av042022], verified: true, note: "Agreed on 9 December 2022, retroactive to 2022-07-01 subject to ministerial approval (agrément); not extended." },
  ],
};
