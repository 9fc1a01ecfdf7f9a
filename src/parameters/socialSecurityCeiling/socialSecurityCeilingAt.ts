import type { Source } from "../Parameter.js";
import { valueAt } from "../valueAt.js";
import type { SocialSecurityCeilingReading } from "./SocialSecurityCeilingReading.js";
import { pssAnnual } from "./pssAnnual.js";
import { pssHourly } from "./pssHourly.js";
import { pssMonthly } from "./pssMonthly.js";

/**
 * The plafond de la sécurité sociale (annual, monthly, hourly) in force on a date. Returns `undefined`
 * for a malformed date or a date before 2015-01-01. Never throws.
 *
 * @param date - The date, `YYYY-MM-DD`.
 * @returns The ceiling in force and its sources, or `undefined`.
 * @example
 * ```ts
 * socialSecurityCeilingAt("2024-12-31"); // { annual: 46368, monthly: 3864, hourly: 29, … }
 * socialSecurityCeilingAt("2026-01-01")?.hourly; // 30
 * ```
 */
export function socialSecurityCeilingAt(date: string): SocialSecurityCeilingReading | undefined {
  const annual = valueAt(pssAnnual, date);
  const monthly = valueAt(pssMonthly, date);
  const hourly = valueAt(pssHourly, date);
  if (annual === undefined || monthly === undefined || hourly === undefined) return undefined;
  const sources: Source[] = [];
  for (const s of [...annual.sources, ...monthly.sources, ...hourly.sources]) {
    if (!sources.some((t) => t.label === s.label && t.url === s.url)) sources.push(s);
  }
  const effectiveFrom = [annual.effectiveFrom, monthly.effectiveFrom, hourly.effectiveFrom].sort().at(-1)!;
  return {
    annual: annual.value,
    monthly: monthly.value,
    hourly: hourly.value,
    effectiveFrom,
    sources,
    verified: annual.verified && monthly.verified && hourly.verified,
  };
}
