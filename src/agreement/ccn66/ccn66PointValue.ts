import type { Parameter } from "../../parameters/Parameter.js";
import { ccn66Texts as t } from "./ccn66Texts.js";

/**
 * Point value of the CCN du 15 mars 1966 (IDCC 0413), EUR per point. Not extended: each value binds
 * the members of the signatory employers' union once approved (agréé). The 2022 value comes from an
 * employers' recommendation seen in secondary sources only; no later value was found.
 *
 * @example
 * ```ts
 * valueAt(ccn66PointValue, "2021-06-01")?.value; // 3.82
 * ```
 */
export const ccn66PointValue: Parameter<number> = {
  id: "agreement.0413.pointValue",
  description: "CCN 66 (IDCC 0413) : valeur du point",
  unit: "EUR",
  values: [
    { effectiveFrom: "2019-02-01", value: 3.8, sources: [t.mediasocial2021], verified: false, note: "Seen in one secondary source only (as the value replaced on 2021-02-01)." },
    { effectiveFrom: "2021-02-01", value: 3.82, sources: [t.av361, t.mediasocial2021], verified: true, note: "Approved (agréé) by the arrêté du 3 août 2021, retroactive to 2021-02-01; not extended." },
    {
      effectiveFrom: "2022-07-01", value: 3.93, sources: [t.uriopss2022, t.tripalio2022], verified: false,
      note: "Employers' recommendation (not an agreement), approved by the arrêté du 21 décembre 2022, retroactive to 2022-07-01; it binds the members of the employers' union only. Seen in secondary sources, not in the KALI data; no later value found.",
    },
  ],
};
