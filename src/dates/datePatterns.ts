// The date patterns of the schema, in the regex subset every JSON Schema engine reads alike (ASCII
// classes, no look-around): JavaScript, Python, Go, Ruby, Perl, PHP. Not exported by the package.

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

/** A year (from 0001), a month of it, or an existing day. @internal */
export const PARTIAL_DATE_PATTERN = `^(?:${YEAR_PATTERN_BODY}(?:-(?:0[1-9]|1[0-2]))?|${ISO_DATE_PATTERN_BODY})$`;
