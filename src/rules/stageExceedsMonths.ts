import type { Duration } from "../dates/DurationSchema.js";

/**
 * Whether a stage's stated duration goes beyond `months` months (or, for a duration in presence
 * hours or days, beyond `hours` hours: 7 hours a day, Code de l'éducation D124-6). Takes the longest
 * stated bound. `undefined` when the duration is not stated.
 * @internal
 */
export function stageExceedsMonths(d: Duration | undefined, months: number, hours: number): boolean | undefined {
  if (!d) return undefined;
  const n = d.value ?? d.max;
  if (n === undefined) return undefined;
  switch (d.unit) {
    case "year":
      return n * 12 > months;
    case "month":
      return n > months;
    case "week":
      return (n * 7) / 30.4375 > months + 1e-9;
    case "day":
      return n * 7 > hours;
    case "hour":
      return n > hours;
  }
}
