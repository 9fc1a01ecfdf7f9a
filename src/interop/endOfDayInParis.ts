import { parisUtcOffset } from "./parisUtcOffset.js";

/**
 * The last second of a calendar day in Paris, as an ISO 8601 date-time with its offset:
 * `"2023-07-16"` → `"2023-07-16T23:59:59+02:00"`.
 * @internal
 *
 * @example
 * ```ts
 * endOfDayInParis("2024-02-29"); // "2024-02-29T23:59:59+01:00"
 * ```
 */
export function endOfDayInParis(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  // 23:59:59 in Paris is 21:59:59 or 22:59:59 UTC; either instant tells the offset of that evening.
  const offset = parisUtcOffset(Date.UTC(y, m - 1, d, 21, 59, 59));
  return `${date}T23:59:59+${offset === 120 ? "02" : "01"}:00`;
}
