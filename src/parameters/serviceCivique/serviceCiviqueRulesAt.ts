import type { DatedValue, Source } from "../Parameter.js";
import { valueAt } from "../valueAt.js";
import type { ServiceCiviqueRules } from "./ServiceCiviqueRules.js";
import { serviceCiviqueMaxAge } from "./serviceCiviqueMaxAge.js";
import { serviceCiviqueMaxAgeDisability } from "./serviceCiviqueMaxAgeDisability.js";
import { serviceCiviqueMaxMonths } from "./serviceCiviqueMaxMonths.js";
import { serviceCiviqueMaxWeeklyHours } from "./serviceCiviqueMaxWeeklyHours.js";
import { serviceCiviqueMaxWeeklyHoursMinor } from "./serviceCiviqueMaxWeeklyHoursMinor.js";
import { serviceCiviqueMinAge } from "./serviceCiviqueMinAge.js";
import { serviceCiviqueMinMonths } from "./serviceCiviqueMinMonths.js";
import { serviceCiviqueMinWeeklyHours } from "./serviceCiviqueMinWeeklyHours.js";

/**
 * The service civique bounds (age, length, weekly time) in force on a date. Returns `undefined` for a
 * malformed date or a date before 2010-07-01 (the engagement de service civique's start). Never throws.
 *
 * @param date - The date, `YYYY-MM-DD`.
 * @returns The bounds in force and their sources, or `undefined`.
 * @example
 * ```ts
 * serviceCiviqueRulesAt("2026-01-01"); // { minAge: 16, maxAge: 25, maxAgeDisability: 30, minMonths: 6, … }
 * ```
 */
export function serviceCiviqueRulesAt(date: string): ServiceCiviqueRules | undefined {
  const minAge = valueAt(serviceCiviqueMinAge, date);
  const maxAge = valueAt(serviceCiviqueMaxAge, date);
  const minMonths = valueAt(serviceCiviqueMinMonths, date);
  const maxMonths = valueAt(serviceCiviqueMaxMonths, date);
  const minWeeklyHours = valueAt(serviceCiviqueMinWeeklyHours, date);
  const maxWeeklyHours = valueAt(serviceCiviqueMaxWeeklyHours, date);
  const maxWeeklyHoursMinor = valueAt(serviceCiviqueMaxWeeklyHoursMinor, date);
  if (!minAge || !maxAge || !minMonths || !maxMonths || !minWeeklyHours || !maxWeeklyHours || !maxWeeklyHoursMinor) {
    return undefined;
  }
  const maxAgeDisability = valueAt(serviceCiviqueMaxAgeDisability, date);
  const parts: DatedValue<number>[] = [minAge, maxAge, minMonths, maxMonths, minWeeklyHours, maxWeeklyHours, maxWeeklyHoursMinor];
  if (maxAgeDisability) parts.push(maxAgeDisability);
  const sources: Source[] = [];
  for (const s of parts.flatMap((p) => p.sources)) {
    if (!sources.some((x) => x.label === s.label && x.url === s.url)) sources.push(s);
  }
  return {
    minAge: minAge.value,
    maxAge: maxAge.value,
    maxAgeDisability: maxAgeDisability?.value,
    minMonths: minMonths.value,
    maxMonths: maxMonths.value,
    minWeeklyHours: minWeeklyHours.value,
    maxWeeklyHours: maxWeeklyHours.value,
    maxWeeklyHoursMinor: maxWeeklyHoursMinor.value,
    sources,
    verified: parts.every((p) => p.verified),
  };
}
