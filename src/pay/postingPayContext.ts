import type { Contract } from "../contract/ContractSchema.js";
import type { Duration } from "../dates/DurationSchema.js";
import { postingDate } from "../dates/postingDate.js";
import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import { legalWeeklyHoursAt } from "../parameters/workingTime/legalWeeklyHoursAt.js";
import { isRecord } from "../validate/isRecord.js";
import type { NormalisePayOptions } from "./normalisePay.js";

const today = () => new Date().toISOString().slice(0, 10);

/** Months in a duration, or undefined for a unit that does not convert (hours, days). @internal */
export function durationMonths(duration: Duration | undefined): { min: number; max: number } | undefined {
  if (!duration) return undefined;
  const per = duration.unit === "month" ? 1 : duration.unit === "year" ? 12 : duration.unit === "week" ? 12 / 52 : undefined;
  if (per === undefined) return undefined;
  const min = duration.value ?? duration.min ?? duration.max;
  const max = duration.value ?? duration.max ?? duration.min;
  return min === undefined || max === undefined ? undefined : { min: min * per, max: max * per };
}

/** The date a posting is judged at: the one given, else {@link postingDate}, else today. @internal */
export function referenceDate(posting: JobPosting, date?: string): string {
  return date ?? postingDate(posting) ?? today();
}

/** @internal The weekly hours a posting states (a single figure, the lower bound of a range, or a fraction of full time). */
export function postingWeeklyHours(posting: JobPosting, date: string): number | undefined {
  const wt = posting.workingTime;
  if (!wt) return undefined;
  const h = wt.weeklyHours?.value ?? wt.weeklyHours?.min ?? wt.weeklyHours?.max;
  if (h !== undefined) return h;
  const fullTime = legalWeeklyHoursAt(date).value;
  if (wt.fraction !== undefined) return wt.fraction * fullTime;
  if (wt.schedule === "full-time") return fullTime;
  return undefined;
}

/**
 * The options {@link normalisePay} needs, read from a posting and one of its contracts: weekly hours,
 * mission length (the middle of a stated range), fee or salary, status, date. A `contract` that is not
 * an object counts as none in particular. Internal: not exported from the package (it expects a
 * posting that passed the schema).
 *
 * @param posting - A posting that passed the schema.
 * @param contract - One of its contracts (`undefined`: none in particular).
 * @param date - The reference date; default the posting's date, else today.
 * @returns The options to pass to {@link normalisePay}.
 * @example
 * ```ts
 * const posting: JobPosting = {
 *   title: "Animateur·rice",
 *   organisation: { name: "MJC" },
 *   contracts: [{ type: "cdi" }],
 *   workingTime: { weeklyHours: { value: 28 } },
 *   pay: { amount: { value: 1500, currency: "EUR", basis: "gross", period: "month" } },
 * };
 * const options = postingPayContext(posting, posting.contracts[0], "2024-06-01");
 * normalisePay(posting.pay!, options);
 * ```
 * @internal
 */
export function postingPayContext(posting: JobPosting, contract: Contract | undefined, date?: string): NormalisePayOptions {
  const at = referenceDate(posting, date);
  const options: NormalisePayOptions = { date: at };
  const hours = postingWeeklyHours(posting, at);
  if (hours !== undefined) options.weeklyHours = hours;
  const readable = isRecord(contract) ? contract : undefined;
  const duration = readable && "duration" in readable ? durationMonths(readable.duration as Duration | undefined) : undefined;
  if (duration) options.missionMonths = (duration.min + duration.max) / 2;
  options.kind = readable?.type === "freelance" ? "fee" : "salary";
  options.status = posting.collectiveAgreement?.classification?.category === "cadre" ? "cadre" : "non-cadre";
  return options;
}
