/** Days in each month of a common year. */
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** The value of the ASCII digit at `i` of `s`, or -1 when it is not one. */
function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * True when `value` is an existing calendar date written `YYYY-MM-DD`. Never throws.
 *
 * @param value - Anything.
 * @returns Whether `value` is such a date (and, for TypeScript, a string).
 * @example
 * ```ts
 * isIsoDate("2024-02-29"); // true
 * isIsoDate("2023-02-29"); // false (not a leap year)
 * isIsoDate("29/02/2024"); // false
 * ```
 */
export function isIsoDate(value: unknown): value is string {
  // `YYYY-MM-DD` read character by character (no pattern, no slices): the rules call it on every posting.
  if (typeof value !== "string" || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y0 = digit(value, 0), y1 = digit(value, 1), y2 = digit(value, 2), y3 = digit(value, 3);
  const m0 = digit(value, 5), m1 = digit(value, 6), d0 = digit(value, 8), d1 = digit(value, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return false;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS[month - 1]!);
}
