import { z } from "zod";

/**
 * A year from 0001 to 9999 (year 0000 is refused everywhere: Python's `datetime`, hence its JSON
 * Schema `date` format, has no year 0, and no posting is dated from it).
 * @internal
 */
export const YEAR_PATTERN_BODY = "(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])";

/**
 * An existing `YYYY-MM-DD` date (leap years of the proleptic Gregorian calendar included), unanchored.
 * @internal
 */
export const ISO_DATE_PATTERN_BODY =
  "(?:(?:[0-9][0-9](?:[2468][048]|[13579][26]|0[48])|(?:[2468][048]|[13579][26]|0[48])00)-02-29|" +
  YEAR_PATTERN_BODY +
  "-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8])))";

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
