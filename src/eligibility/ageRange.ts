import { isIsoDate } from "../parameters/isIsoDate.js";

/** Completed years between an ISO birth date and an ISO date (a 29 February birthday falls on 1 March in other years). */
function completedYears(birth: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birth.slice(0, 4));
  return date.slice(5) >= birth.slice(5) ? years : years - 1;
}

/** `date` moved by whole years, 29 February becoming 28 February in a common year. */
function shiftYears(date: string, years: number): string {
  const y = String(Number(date.slice(0, 4)) + years).padStart(4, "0");
  const shifted = `${y}${date.slice(4)}`;
  return isIsoDate(shifted) ? shifted : `${y}-02-28`;
}

/** The next day. */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The candidate's possible ages, in completed years, over a window of dates: exact from a birth date,
 * a range from an age stated on a date (a person aged 25 on `ageOn` was born between 26 years before
 * `ageOn` plus a day and 25 years before it). `undefined` when nothing usable is known.
 * @internal
 * @example
 * ```ts
 * ageRange({ birthDate: "2000-09-01" }, "2025-09-01", "2025-09-01"); // { min: 25, max: 25 }
 * ageRange({ age: 25, ageOn: "2025-01-01" }, "2025-06-01", "2025-06-01"); // { min: 25, max: 26 }
 * ```
 */
export function ageRange(
  facts: { birthDate?: unknown; age?: unknown; ageOn?: unknown },
  from: string,
  to: string,
  reference: string,
): { min: number; max: number } | undefined {
  if (isIsoDate(facts.birthDate)) {
    if (facts.birthDate > to) return undefined;
    return { min: Math.max(0, completedYears(facts.birthDate, from)), max: completedYears(facts.birthDate, to) };
  }
  const age = facts.age;
  if (typeof age !== "number" || !Number.isInteger(age) || age < 0 || age > 150) return undefined;
  const on = isIsoDate(facts.ageOn) ? facts.ageOn : reference;
  const latestBirth = shiftYears(on, -age);
  const earliestBirth = nextDay(shiftYears(on, -(age + 1)));
  return { min: Math.max(0, completedYears(latestBirth, from)), max: Math.max(0, completedYears(earliestBirth, to)) };
}
