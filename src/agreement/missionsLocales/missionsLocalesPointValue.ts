import type { Parameter } from "../../parameters/Parameter.js";
import { missionsLocalesTexts as t } from "./missionsLocalesTexts.js";

/**
 * Point value of the CCN des missions locales et PAIO (IDCC 2190), EUR per point of indice
 * professionnel. From the table of annexe I as avenant n° 73 (extended) rewrote it. Values after
 * 2023-07-01 were not found.
 *
 * @example
 * ```ts
 * valueAt(missionsLocalesPointValue, "2024-03-01")?.value; // 5.01
 * ```
 */
export const missionsLocalesPointValue: Parameter<number> = {
  id: "agreement.2190.pointValue",
  description: "Missions locales et PAIO (IDCC 2190) : valeur du point",
  unit: "EUR",
  values: [
    { effectiveFrom: "2017-09-01", value: 4.58, sources: [t.av60, t.av73], verified: true },
    {
      effectiveFrom: "2022-01-01", value: 4.63, sources: [t.av73], verified: true,
      note: "A unilateral decision of the employers' union (UNML): it binds its members; the annexe's table records it, but a non-member employer was bound only by 4,58 € until 2023-01-01.",
    },
    { effectiveFrom: "2023-01-01", value: 4.82, sources: [t.av73], verified: true },
    { effectiveFrom: "2023-07-01", value: 5.01, sources: [t.av73], verified: true },
  ],
};
