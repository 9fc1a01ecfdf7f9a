import { isIsoDate } from "../parameters/isIsoDate.js";

const pad = (n: number) => String(n).padStart(2, "0");
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The first and last ISO days an approximate date may mean (`{ date: "2024-10" }` is 2024-10-01 to
 * 2024-10-31; `part: "early" | "mid" | "late"` narrows a month to days 1–10, 11–20, 21–end and a year
 * to January–April, May–August, September–December). `undefined` for a malformed value. Never throws.
 * @internal
 * @example
 * ```ts
 * approximateDateBounds({ date: "2015-03", part: "mid" }); // { first: "2015-03-11", last: "2015-03-20" }
 * ```
 */
export function approximateDateBounds(value: unknown): { first: string; last: string } | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { date, part } = value as { date?: unknown; part?: unknown };
  if (typeof date !== "string" || !/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/.test(date)) return undefined;
  const [y, m, d] = date.split("-").map(Number) as [number, number | undefined, number | undefined];
  let first: string;
  let last: string;
  if (d !== undefined) first = last = date;
  else if (m !== undefined) {
    if (m < 1 || m > 12) return undefined;
    const dim = daysInMonth(y, m);
    const [a, b] = part === "early" ? [1, 10] : part === "mid" ? [11, 20] : part === "late" ? [21, dim] : [1, dim];
    first = `${y}-${pad(m)}-${pad(a)}`;
    last = `${y}-${pad(m)}-${pad(b)}`;
  } else {
    const [ma, mb] = part === "early" ? [1, 4] : part === "mid" ? [5, 8] : part === "late" ? [9, 12] : [1, 12];
    first = `${y}-${pad(ma)}-01`;
    last = `${y}-${pad(mb)}-${pad(daysInMonth(y, mb))}`;
  }
  return isIsoDate(first) && isIsoDate(last) ? { first, last } : undefined;
}
