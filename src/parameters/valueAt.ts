import type { DatedValue, Parameter } from "./Parameter.js";
import { isIsoDate } from "./isIsoDate.js";

/**
 * The value of a parameter in force on a date: the last one whose `effectiveFrom` is on or before the
 * date. Returns `undefined` when the date is malformed, precedes the series, or falls where the
 * parameter does not apply (a `null` value). Never throws: a `parameter` that is not a series (no
 * `values` array of dated values) gives `undefined`.
 *
 * @param parameter - A dated series, such as {@link smicHourly}.
 * @param date - The date, `YYYY-MM-DD`.
 * @returns The dated value in force (its `value`, `effectiveFrom`, `sources`, `verified`), or `undefined`.
 * @example
 * ```ts
 * import { smicHourly, valueAt } from "ess-jobs";
 * valueAt(smicHourly, "2024-06-15")?.value; // 11.65
 * ```
 */
export function valueAt<T>(parameter: Parameter<T>, date: string): (DatedValue<T> & {
  /** The value in force (never `null`). */
  value: T;
}) | undefined {
  if (!isIsoDate(date)) return undefined;
  try {
    const values = parameter.values;
    if (!Array.isArray(values)) return undefined;
    let lo = 0;
    let hi = values.length - 1;
    let found = -1;
    // Binary search: values are sorted by effectiveFrom, and ISO dates compare as strings.
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (values[mid]!.effectiveFrom <= date) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return undefined;
    const entry = values[found]!;
    return entry.value === null ? undefined : (entry as DatedValue<T> & { value: T });
  } catch {
    // Not a series of dated values (a hand-made parameter with a malformed entry, a hostile proxy).
    return undefined;
  }
}
