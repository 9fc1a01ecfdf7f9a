import type { ApproximateDate } from "../dates/ApproximateDateSchema.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** Days in each month of a common year. */
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  // A month of a year from 100 on, counted without a Date; anything else (years 0–99, which Date.UTC
  // reads as 1900–1999, a month out of range, NaN) as Date.UTC reads it.
  if (Number.isInteger(year) && year >= 100 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12)
    return month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0) ? 29 : DAYS[month - 1]!;
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The first and last ISO days an approximate date may mean: `{ date: "2015-03", part: "mid" }` is
 * 2015-03-11 to 2015-03-20; `"2023"` is 2023-01-01 to 2023-12-31.
 * @internal
 */
export function partialDateBounds(d: ApproximateDate): { first: string; last: string } {
  // Year, month and day as `date.split("-").map(Number)` reads them, without the array: a full date is the common case.
  const date = d.date;
  const dash = date.indexOf("-");
  if (dash >= 0 && date.indexOf("-", dash + 1) >= 0) return { first: date, last: date };
  const y = Number(dash < 0 ? date : date.slice(0, dash));
  if (dash >= 0) {
    const m = Number(date.slice(dash + 1));
    const dim = daysInMonth(y, m);
    const [a, b] = d.part === "early" ? [1, 10] : d.part === "mid" ? [11, 20] : d.part === "late" ? [21, dim] : [1, dim];
    return { first: `${y}-${pad(m)}-${pad(a)}`, last: `${y}-${pad(m)}-${pad(b)}` };
  }
  const [ma, mb] = d.part === "early" ? [1, 4] : d.part === "mid" ? [5, 8] : d.part === "late" ? [9, 12] : [1, 12];
  return { first: `${y}-${pad(ma)}-01`, last: `${y}-${pad(mb)}-${pad(daysInMonth(y, mb))}` };
}
