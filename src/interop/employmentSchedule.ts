import type { JobPosting } from "../generated/types.js";
import { isIsoDate } from "../parameters/isIsoDate.js";
import { legalWeeklyHoursAt } from "../parameters/workingTime/legalWeeklyHoursAt.js";

/**
 * Whether the posting's working time is full or part time, when it says so (Google's `FULL_TIME` /
 * `PART_TIME`), at the given date's legal week.
 * @internal
 */
export function employmentSchedule(posting: JobPosting, date: string | undefined): "FULL_TIME" | "PART_TIME" | undefined {
  const wt = posting.workingTime;
  if (!wt) return undefined;
  if (wt.schedule) return wt.schedule === "full-time" ? "FULL_TIME" : "PART_TIME";
  if (wt.fraction !== undefined) return wt.fraction < 1 ? "PART_TIME" : "FULL_TIME";
  // Under the legal week (35 h since 2002, Code du travail L3121-27) is part time (L3123-1).
  const h = wt.weeklyHours;
  const most = h?.value ?? h?.max;
  const least = h?.value ?? h?.min;
  const legal = legalWeeklyHoursAt(date && isIsoDate(date) ? date : new Date().toISOString().slice(0, 10)).value;
  if (most !== undefined && most < legal) return "PART_TIME";
  if (least !== undefined && least >= legal) return "FULL_TIME";
  return undefined;
}
