import { z } from "zod";
import { ISO_DATE_PATTERN_BODY } from "./datePatterns.js";

/**
 * The pattern of an existing `YYYY-MM-DD` date from year 0001, in the regex subset every JSON Schema
 * engine reads alike (JavaScript, Python, Go, Ruby, Perl, PHP): ASCII classes, no look-around.
 * @internal
 */
export const ISO_DATE_PATTERN = `^${ISO_DATE_PATTERN_BODY}$`;

/**
 * A calendar date written as an ISO 8601 string, `YYYY-MM-DD` (for example `"2023-07-17"`).
 * The day must exist in that month (`"2024-02-30"` is rejected).
 */
export const IsoDateSchema = z
  // Not z.iso.date(): zod's pattern accepts year 0000, which Python's `date` format refuses, and spells
  // digits `\d` (Unicode digits in Python and Perl). This one gives the same verdict in every language.
  .stringFormat("date", new RegExp(ISO_DATE_PATTERN))
  .meta({
    id: "IsoDate",
    title: "ISO date",
    description: "A calendar date, ISO 8601 `YYYY-MM-DD`, from year 0001.",
    examples: ["2023-07-17"],
  });

/** A calendar date as an ISO 8601 `YYYY-MM-DD` string. */
export type { IsoDate } from "../generated/types.js";
