/**
 * Adds a number of days (possibly negative) to an ISO date `YYYY-MM-DD`.
 * @internal
 *
 * @example
 * ```ts
 * addDays("2024-03-01", -1); // "2024-02-29"
 * ```
 */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
