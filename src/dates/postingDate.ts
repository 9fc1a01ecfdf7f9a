import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import { isIsoDate } from "../parameters/isIsoDate.js";
import { isRecord } from "../validate/isRecord.js";
import { partialDateBounds } from "../rules/partialDateBounds.js";
import { PARTIAL_DATE_PATTERN } from "./datePatterns.js";

/** A property of a value, or undefined when the value is not a record or the reading throws. */
function field(value: unknown, key: string): unknown {
  if (!isRecord(value)) return undefined;
  try {
    return value[key];
  } catch {
    return undefined;
  }
}

/**
 * The date a posting speaks for, used as the default reference date of the rules and the pay helpers
 * (a 2015 posting is judged by 2015 law): its publication date (`dates.posted`), else its update date,
 * else its application deadline (the posting was open until then), else the job's start
 * (`dates.start.earliest`, its first possible day: "début septembre 2022" is 2022-09-01), the first day
 * the work it offers is owed its pay. `undefined` when it states none of them: callers then judge at
 * today's date. A 2022 service-civique mission that states only its start is judged by 2022 law.
 *
 * Never throws: on a value that is not a posting, only dates that are existing `YYYY-MM-DD` dates are
 * taken, and `undefined` is returned when there is none.
 *
 * @param posting - A posting that passed the schema.
 * @returns An ISO `YYYY-MM-DD` date, or `undefined`.
 * @example
 * ```ts
 * import { postingDate, type JobPosting } from "ess-jobs";
 * const posting: JobPosting = { title: "Chargé·e de projets", organisation: { name: "Le Labo de l'ESS" }, contracts: [{ type: "cdd" }], application: { deadline: { date: "2023-07-17", inclusive: false } } };
 * postingDate(posting); // "2023-07-17"
 * ```
 */
export function postingDate(posting: JobPosting): string | undefined {
  const dates = field(posting, "dates");
  const deadline = field(field(posting, "application"), "deadline");
  const posted = field(dates, "posted");
  const updated = field(dates, "updated");
  const closes = field(deadline, "date");
  if (isIsoDate(posted)) return posted;
  if (isIsoDate(updated)) return updated;
  if (isIsoDate(closes)) return closes;
  return startDay(field(field(dates, "start"), "earliest"));
}

const PARTIAL_DATE = new RegExp(PARTIAL_DATE_PATTERN);

/** The first day an approximate start date may mean, when it is a readable one. */
function startDay(value: unknown): string | undefined {
  const date = field(value, "date");
  const part = field(value, "part");
  if (typeof date !== "string" || !PARTIAL_DATE.test(date)) return undefined;
  if (part !== undefined && part !== "early" && part !== "mid" && part !== "late") return undefined;
  const { first } = partialDateBounds({ date, ...(part === undefined ? {} : { part }) });
  return isIsoDate(first) ? first : undefined;
}
