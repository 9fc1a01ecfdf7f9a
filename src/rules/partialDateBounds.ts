import type { ApproximateDate } from "../dates/ApproximateDateSchema.js";

const pad = (n: number) => String(n).padStart(2, "0");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The first and last ISO days an approximate date may mean: `{ date: "2015-03", part: "mid" }` is
 * 2015-03-11 to 2015-03-20; `"2023"` is 2023-01-01 to 2023-12-31.
 * @internal
 */
export function partialDateBounds(d: ApproximateDate): { first: string; last: string } {
  const [y, m, day] = d.date.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (day !== undefined && m !== undefined) return { first: d.date, last: d.date };
  if (m !== undefined) {
    const dim = daysInMonth(y, m);
    const [a, b] = d.part === "early" ? [1, 10] : d.part === "mid" ? [11, 20] : d.part === "late" ? [21, dim] : [1, dim];
    return { first: `${y}-${pad(m)}-${pad(a)}`, last: `${y}-${pad(m)}-${pad(b)}` };
  }
  const [ma, mb] = d.part === "early" ? [1, 4] : d.part === "mid" ? [5, 8] : d.part === "late" ? [9, 12] : [1, 12];
  return { first: `${y}-${pad(ma)}-01`, last: `${y}-${pad(mb)}-${pad(daysInMonth(y, mb))}` };
}
