import { z } from "zod";

/**
 * The pattern of an existing `YYYY-MM-DD` date (leap years included), in the regex syntax common to
 * JavaScript, Python and Java.
 * @internal
 */
export const ISO_DATE_PATTERN =
  "^(?:(?:[0-9][0-9][2468][048]|[0-9][0-9][13579][26]|[0-9][0-9]0[48]|[02468][048]00|[13579][26]00)-02-29|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|(?:02)-(?:0[1-9]|1[0-9]|2[0-8])))$";

/**
 * A calendar date written as an ISO 8601 string, `YYYY-MM-DD` (for example `"2023-07-17"`).
 * The day must exist in that month (`"2024-02-30"` is rejected).
 */
export const IsoDateSchema = z.iso.date().meta({
  id: "IsoDate",
  // zod's own pattern, with `\d` spelled `[0-9]`: Python's `\d` also matches non-ASCII digits.
  pattern: ISO_DATE_PATTERN,
  title: "ISO date",
  description: "A calendar date, ISO 8601 `YYYY-MM-DD`.",
  examples: ["2023-07-17"],
});

/** A calendar date as an ISO 8601 `YYYY-MM-DD` string. */
export type { IsoDate } from "../generated/types.js";
