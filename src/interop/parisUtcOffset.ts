/** The last Sunday of a month (1–12) of a year, as a day of the month. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/**
 * The offset of Europe/Paris from UTC, in minutes, at an instant: 120 during summer time (from 01:00
 * UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October, the EU rule in force
 * since 1996, directive 2000/84/EC), 60 otherwise. Computed without `Intl`, so the same everywhere.
 * @internal
 *
 * @example
 * ```ts
 * parisUtcOffset(Date.UTC(2023, 6, 16, 21, 59, 59)); // 120 (16 July 2023, summer time)
 * parisUtcOffset(Date.UTC(2024, 1, 29, 22, 59, 59)); // 60 (29 February 2024, winter time)
 * ```
 */
export function parisUtcOffset(utcMs: number): 60 | 120 {
  const d = new Date(utcMs);
  const year = d.getUTCFullYear();
  const start = Date.UTC(year, 2, lastSunday(year, 3), 1);
  const end = Date.UTC(year, 9, lastSunday(year, 10), 1);
  return utcMs >= start && utcMs < end ? 120 : 60;
}
