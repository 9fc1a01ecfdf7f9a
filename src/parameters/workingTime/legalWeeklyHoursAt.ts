import type { DatedValue } from "../Parameter.js";
import { valueAt } from "../valueAt.js";
import { legalWeeklyHours } from "./legalWeeklyHours.js";

/** The last date asked (none yet: NaN equals nothing) and its reading (an entry of the series itself: shared, never changed). */
let last: { date: unknown; reading: DatedValue<number> & { value: number } } = { date: Number.NaN, reading: legalWeeklyHours.values[0] as DatedValue<number> & { value: number } };

/**
 * The legal full-time week in force at a date, as the series gives it; for a date before the series
 * (or a malformed one), its first value: the 35-hour week is the reference for every prorating.
 * @internal
 */
export function legalWeeklyHoursAt(date: string): DatedValue<number> & { value: number } {
  // The last date's reading is remembered: the rules and pay helpers of a run ask it several times for one date.
  if (date === last.date) return last.reading;
  const reading = valueAt(legalWeeklyHours, date) ?? valueAt(legalWeeklyHours, legalWeeklyHours.values[0]!.effectiveFrom)!;
  last = { date, reading };
  return reading;
}
