import type { Pay } from "./PaySchema.js";
import { normalisePay, type NormalisePayOptions } from "./normalisePay.js";
import type { PayRange } from "./PayRange.js";

/**
 * The stated pay as a gross monthly range at the job's working time: per-hour, per-day, per-year and
 * per-mission figures are converted (see {@link normalisePay} for the assumptions), a net figure is
 * converted to gross with estimated rates. A freelance fee (`kind: "fee"`) is returned per month as is.
 *
 * @param pay - The posting's pay.
 * @param options - Weekly hours, mission length, date… as for {@link normalisePay}.
 * @returns `{ min, max }` in euros per month, or `undefined` when the pay has no amount (or an amount
 *   per mission without a mission length), or is not a pay object. Never throws.
 * @example
 * ```ts
 * monthlyGrossRange({ amount: { min: 1700, max: 2000, currency: "EUR", basis: "gross", period: "month" } });
 * // → { min: 1700, max: 2000 }
 * ```
 */
export function monthlyGrossRange(pay: Pay, options: NormalisePayOptions = {}): PayRange | undefined {
  const n = normalisePay(pay, options);
  return n.ok ? n.monthly : undefined;
}
