import { z } from "zod";
import { PARTIAL_DATE_PATTERN } from "./datePatterns.js";

/**
 * A date known to the year, the month or the day: `"2015"`, `"2015-03"` or `"2015-03-15"`.
 * Postings often give only a month ("début septembre 2023"). A day must exist (`"2023-02-30"` is refused).
 */
export const PartialDateSchema = z
  .string()
  .regex(new RegExp(PARTIAL_DATE_PATTERN))
  .meta({
    id: "PartialDate",
    title: "Partial date",
    description: "A date known to the year (`YYYY`), the month (`YYYY-MM`) or the day (`YYYY-MM-DD`).",
    examples: ["2015", "2023-09", "2023-07-17"],
  });

/** A date known to the year, month or day. */
export type { PartialDate } from "../generated/types.js";

/** Which part of the month or year a partial date points at: "début", "mi-", "fin". */
export const DatePartSchema = z.enum(["early", "mid", "late"]).meta({
  id: "DatePart",
  title: "Part of the period",
  description: 'Which part of the month (or year) is meant: `early` ("début"), `mid` ("mi-"), `late` ("fin").',
});

const approximateDateSchema = z
  .object({
    date: PartialDateSchema,
    part: DatePartSchema.optional(),
  })
  .strict()
  .meta({
    id: "ApproximateDate",
    title: "Approximate date",
    description:
      'A date as precisely as the posting states it: a year, a month or a day, optionally narrowed to the early, middle or late part of it ("mi-mars 2015").',
  });
type ApproximateDateZod = typeof approximateDateSchema;
/** The zod type of {@link ApproximateDateSchema}, by name: declarations refer to it instead of repeating its shape. */
export interface ApproximateDateSchemaType extends ApproximateDateZod {}
/**
 * A date as precise as the posting states it: "mi-mars 2015" is
 * `{ date: "2015-03", part: "mid" }`, "début septembre 2023" is `{ date: "2023-09", part: "early" }`.
 */
export const ApproximateDateSchema: ApproximateDateSchemaType = approximateDateSchema;

/** A date as precise as the posting states it. */
export type { ApproximateDate } from "../generated/types.js";
