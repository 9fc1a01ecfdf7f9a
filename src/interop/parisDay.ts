import { isIsoDate } from "../parameters/isIsoDate.js";
import { parisUtcOffset } from "./parisUtcOffset.js";

/**
 * A date or date-time (ISO 8601, with or without a time zone) → the calendar day in Paris, and whether
 * it is exactly midnight there (the start of that day: as a deadline, "before that day"). A time
 * without a zone is read as Paris time. Shared by fromSchemaOrg and checkGoogleJobPosting, so that
 * both read a `validThrough` the same way, and by fromFranceTravail for the API's date-times.
 * @internal
 *
 * @example
 * ```ts
 * parisDay("2024-05-31T22:00:00Z"); // { date: "2024-06-01", midnight: true }
 * parisDay("2024-06-01"); // { date: "2024-06-01", midnight: false }
 * ```
 */
export function parisDay(value: string): { date: string; midnight: boolean } | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!m || !isIsoDate(m[1])) return undefined;
  if (m[2] === undefined) return { date: m[1]!, midnight: false };
  const [h, min, s] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (m[5] === undefined) return { date: m[1]!, midnight: h === 0 && min === 0 && s === 0 };
  const [y, mo, d] = m[1]!.split("-").map(Number) as [number, number, number];
  const sign = m[5] === "Z" ? 0 : m[5].startsWith("-") ? -1 : 1;
  const off = m[5] === "Z" ? 0 : sign * (Number(m[5].slice(1, 3)) * 60 + Number(m[5].slice(-2)));
  const utc = Date.UTC(y, mo - 1, d, h, min, s) - off * 60_000;
  const local = new Date(utc + parisUtcOffset(utc) * 60_000);
  return { date: local.toISOString().slice(0, 10), midnight: local.getUTCHours() === 0 && local.getUTCMinutes() === 0 && local.getUTCSeconds() === 0 };
}
