import { estimatedEmployeeContributionRate } from "../parameters/pay/estimatedEmployeeContributionRate.js";
import type { Source } from "../parameters/Parameter.js";
import { valueAt } from "../parameters/valueAt.js";
import { readOptions } from "../validate/readOptions.js";

/** An estimated net pay, labelled as such. */
export interface NetPayEstimate {
  /** Always true: the figure is an estimate, not a payslip computation. */
  estimate: true;
  /** Estimated net pay, before income tax, in euros for the same period as the gross figure. */
  net: number;
  /** The contribution rate used. */
  rate: number;
  /** Why the rate is what it is, and where to get an exact figure. */
  note: string;
  /** The sources of the rate. */
  sources: Source[];
}

/**
 * Estimates net pay (before income tax) from gross with an approximate employee contribution rate by
 * status (21 % for non-cadres, 25 % for cadres): a documented order of magnitude, not a payslip
 * computation. Returns `undefined` for a negative or non-finite amount (or one that is not a number)
 * or a malformed date. Never throws: options that are not an object, or of the wrong type, are ignored.
 *
 * @param gross - Gross pay, for any period.
 * @param options - `status` (default `non-cadre`) and `date` (default today).
 * @example
 * ```ts
 * estimateNetPay(2000)?.net; // 1580
 * ```
 */
export function estimateNetPay(gross: number, options: { status?: "non-cadre" | "cadre"; date?: string } = {}): NetPayEstimate | undefined {
  if (typeof gross !== "number" || !Number.isFinite(gross) || gross < 0) return undefined;
  const o = readOptions(options, ["date", "status"]);
  const date = o.date === undefined ? new Date().toISOString().slice(0, 10) : o.date;
  const reading = valueAt(estimatedEmployeeContributionRate, date as string);
  if (!reading) return undefined;
  const rate = o.status === "cadre" ? reading.value.cadre : reading.value.nonCadre;
  return { estimate: true, net: Math.round(gross * (1 - rate) * 100) / 100, rate, note: reading.note ?? "", sources: [...reading.sources] };
}
