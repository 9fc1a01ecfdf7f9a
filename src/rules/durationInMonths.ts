import type { Duration } from "../dates/DurationSchema.js";

/** Average days in a month (365.25 / 12). */
const DAYS_PER_MONTH = 30.4375;

/**
 * A duration's bound in months: `which: "shortest"` takes `value` or `min`, `"longest"` takes `value`
 * or `max`. Hours and days are not converted (they count presence, not calendar time): `undefined`.
 * @internal
 */
export function durationInMonths(d: Duration | undefined, which: "shortest" | "longest"): number | undefined {
  if (!d) return undefined;
  const n = d.value ?? (which === "shortest" ? d.min : d.max);
  if (n === undefined) return undefined;
  switch (d.unit) {
    case "year":
      return n * 12;
    case "month":
      return n;
    case "week":
      return (n * 7) / DAYS_PER_MONTH;
    default:
      return undefined;
  }
}
