import type { Parameter } from "../../parameters/Parameter.js";
import { aciTexts as t } from "./aciTexts.js";

const ONE_PRESS_SOURCE = "Seen in one trade-press article only, not in the avenant's text.";

/**
 * Point value of the CCN des ateliers et chantiers d'insertion (IDCC 3016), EUR per point: the
 * monthly minimum of a job is its coefficient × this value. Every salary avenant from 2020 was
 * extended, so the values bind every ACI employer from their date of effect.
 *
 * @example
 * ```ts
 * valueAt(aciPointValue, "2023-06-01")?.value; // 6.67
 * ```
 */
export const aciPointValue: Parameter<number> = {
  id: "agreement.3016.pointValue",
  description: "Ateliers et chantiers d'insertion (IDCC 3016) : valeur du point",
  unit: "EUR",
  values: [
    { effectiveFrom: "2020-01-01", value: 6.05, sources: [t.av27], verified: true, note: "Extended by the arrêté du 1er avril 2020: binds non-member employers from the extension." },
    { effectiveFrom: "2021-07-01", value: 6.15, sources: [t.av29], verified: true },
    { effectiveFrom: "2022-06-01", value: 6.35, sources: [t.av30], verified: true },
    { effectiveFrom: "2023-01-01", value: 6.67, sources: [t.av31], verified: true },
    {
      effectiveFrom: "2024-01-01", value: 6.9, sources: [t.av33], verified: false,
      note: `${ONE_PRESS_SOURCE} "Pour 2024": the exact date of effect (1 January, or after the extension of 25 January 2024) is not stated; 1 January is assumed.`,
    },
    { effectiveFrom: "2025-01-01", value: 7, sources: [t.av36], verified: false, note: ONE_PRESS_SOURCE },
    { effectiveFrom: "2025-07-01", value: 7.05, sources: [t.av36], verified: false, note: ONE_PRESS_SOURCE },
  ],
};
