import type { Parameter } from "../../parameters/Parameter.js";
import { ccn51Texts as t } from "./ccn51Texts.js";

/**
 * Point value of the CCN du 31 octobre 1951 (IDCC 0029), EUR per point. Not extended: each value
 * binds the members of the FEHAP once approved (agréé). No value between 2018-07-01 and 2022-07-01
 * other than 4,447 € was found in the KALI data, and none after 2022-07-01 was found at all.
 *
 * @example
 * ```ts
 * valueAt(ccn51PointValue, "2019-06-01")?.value; // 4.447
 * ```
 */
export const ccn51PointValue: Parameter<number> = {
  id: "agreement.0029.pointValue",
  description: "CCN 51 (IDCC 0029) : valeur du point",
  unit: "EUR",
  values: [
    { effectiveFrom: "2017-07-01", value: 4.425, sources: [t.av201702], verified: true },
    {
      effectiveFrom: "2018-07-01", value: 4.447, sources: [t.av201702], verified: true,
      note: "Avenant n° 2017-02 (agreement signed by the FEHAP and unions, approved, not extended). The KALI data holds no later salary text for the CCN 51; a revaluation between 2018 and mid-2022 would be missing here.",
    },
    {
      effectiveFrom: "2022-07-01", value: 4.58, sources: [t.directions2022], verified: false,
      note: "FEHAP employers' recommendation of 23 November 2022 (not an agreement, not in the KALI data), approved by the arrêté du 21 décembre 2022, retroactive to 2022-07-01; it binds FEHAP members only. Seen in one secondary source; no later value found.",
    },
  ],
};
