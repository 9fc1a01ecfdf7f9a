import type { JobPosting } from "../jobPosting/JobPostingSchema.js";

/**
 * The date a posting speaks for, used as the default reference date of the rules and the pay helpers
 * (a 2015 posting is judged by 2015 law): its publication date (`dates.posted`), else its update date,
 * else its application deadline (the posting was open until then). `undefined` when it states none of
 * them: callers then judge at today's date.
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
  return posting.dates?.posted ?? posting.dates?.updated ?? posting.application?.deadline?.date;
}
