import type { MicroEntrepreneurActivity } from "../parameters/microEntrepreneur/MicroEntrepreneurActivity.js";
import { microEntrepreneurAt } from "../parameters/microEntrepreneur/microEntrepreneurAt.js";
import type { Source } from "../parameters/Parameter.js";
import { readOptions } from "../validate/readOptions.js";

/** What a micro-entrepreneur keeps of a fee after social contributions. */
export interface MicroEntrepreneurIncome {
  /** The fee invoiced (turnover), in euros. */
  fee: number;
  /** The social contributions due on it (fee × rate). */
  contributions: number;
  /** What is left before income tax and professional expenses. */
  income: number;
  /** The contribution rate applied (share of turnover). */
  contributionRate: number;
  /** The turnover ceiling of the regime for the activity that year. */
  ceiling: number;
  /** True when the fee alone exceeds the regime's ceiling. */
  exceedsCeiling: boolean;
  /** The texts the rate and the ceiling come from. */
  sources: Source[];
  /** False when the rate or the ceiling is not confirmed by a primary source. */
  verified: boolean;
}

/**
 * What a micro-entrepreneur keeps of a fee after the social contributions of the regime at a date
 * (Code de la sécurité sociale, art. D613-4): `fee × (1 − rate)`, before income tax, the CFP and
 * professional expenses. Returns `undefined` for a negative or non-finite fee (or one that is not a
 * number), a malformed date, an unknown activity or a date before the data. Never throws: options that
 * are not an object are ignored.
 *
 * @param fee - The fee invoiced, in euros (a micro-entrepreneur below the VAT threshold invoices without VAT).
 * @param options - `date` (default today) and `activity` (default `bnc`, liberal services outside the CIPAV).
 * @example
 * ```ts
 * microEntrepreneurIncome(6500, { date: "2024-02-05", activity: "bnc" })?.income; // 5128.5 (rate 21.1 %)
 * ```
 */
export function microEntrepreneurIncome(
  fee: number,
  options: { date?: string; activity?: MicroEntrepreneurActivity } = {},
): MicroEntrepreneurIncome | undefined {
  if (typeof fee !== "number" || !Number.isFinite(fee) || fee < 0) return undefined;
  const o = readOptions(options, ["date", "activity"]);
  const reading = microEntrepreneurAt((o.date ?? new Date().toISOString().slice(0, 10)) as string, (o.activity ?? "bnc") as MicroEntrepreneurActivity);
  if (!reading) return undefined;
  const contributions = Math.round(fee * reading.contributionRate * 100) / 100;
  return {
    fee,
    contributions,
    income: Math.round((fee - contributions) * 100) / 100,
    contributionRate: reading.contributionRate,
    ceiling: reading.ceiling,
    exceedsCeiling: fee > reading.ceiling,
    sources: [...reading.sources],
    verified: reading.verified,
  };
}
