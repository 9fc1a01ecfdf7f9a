import type { DatedValue } from "../Parameter.js";
import { valueAt } from "../valueAt.js";
import { legalWeeklyHours } from "./legalWeeklyHours.js";

/**
 * The legal full-time week in force at a date, as the series gives it; for a date before the series
 * (or a malformed one), its first value: the 35-hour week is the reference for every prorating.
 * @internal
 */
export function legalWeeklyHoursAt(date: string): DatedValue<number> & { value: number } {
  return valueAt(legalWeeklyHours, date) ?? valueAt(legalWeeklyHours, legalWeeklyHours.values[0]!.effectiveFrom)!;
}
