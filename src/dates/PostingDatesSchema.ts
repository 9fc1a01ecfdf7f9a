import { z } from "zod";
import { label } from "../text/text.js";
import { ApproximateDateSchema } from "./ApproximateDateSchema.js";
import { IsoDateSchema } from "./IsoDateSchema.js";

/**
 * When the job starts, as precisely as the posting says: "dès que possible, à partir de mi-mars 2015"
 * is `{ asap: true, earliest: { date: "2015-03", part: "mid" } }`; "début septembre 2023" is
 * `{ earliest: { date: "2023-09", part: "early" } }`; "mai ou juin" is `{ oneOf: [...] }`.
 */
export const StartDateSchema = z
  .object({
    asap: z.boolean().optional().meta({ description: 'True for "dès que possible".' }),
    earliest: ApproximateDateSchema.optional().meta({ description: "The start date, or the earliest start (\"à partir de\")." }),
    latest: ApproximateDateSchema.optional().meta({ description: "The latest start, when a window is given." }),
    oneOf: z.array(ApproximateDateSchema).min(2).max(6).optional().meta({ description: "Alternative dates (\"mai ou juin\")." }),
    label: label("The start as the posting words it.", 300).optional(),
  })
  .strict()
  .meta({ id: "StartDate", title: "Start date", description: "When the job starts." });

/** When the job starts. */
export type { StartDate } from "../generated/types.js";

/** A dated event the posting mentions ("la seconde édition, en mai ou juin 2015"). */
export const MilestoneSchema = z
  .object({
    label: label("What happens.", 500),
    date: ApproximateDateSchema.optional().meta({ description: "When, if a single date." }),
    oneOf: z.array(ApproximateDateSchema).min(2).max(6).optional().meta({ description: "When, if alternatives." }),
  })
  .strict()
  .meta({ id: "Milestone", title: "Milestone", description: "A dated event of the job the posting mentions." });

/** Dates of the posting and of the job: posted, updated, start, end, milestones. */
export const PostingDatesSchema = z
  .object({
    posted: IsoDateSchema.optional().meta({ description: "When the posting was published (Code du travail L5332-1: every posting is dated)." }),
    updated: IsoDateSchema.optional().meta({ description: "When it was last updated." }),
    start: StartDateSchema.optional(),
    end: ApproximateDateSchema.optional().meta({ description: "When the job or mission ends (\"jusqu'à juin 2024\")." }),
    milestones: z.array(MilestoneSchema).min(1).max(20).optional().meta({ description: "Dated events of the job." }),
  })
  .strict()
  .meta({ id: "PostingDates", title: "Dates", description: "Dates of the posting and of the job." });

/** Dates of the posting and of the job. */
export type { PostingDates } from "../generated/types.js";
/** A dated event the posting mentions. */
export type { Milestone } from "../generated/types.js";
