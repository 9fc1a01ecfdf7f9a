import type { Source } from "../Parameter.js";

/** The minimum stage gratification and stage limits in force on a date, as returned by {@link stageGratificationAt}. */
export interface StageGratificationReading {
  /** Minimum gratification, EUR per hour of presence: `rate` × `hourlyCeiling`, rounded to the cent. */
  hourly: number;
  /** Share of the hourly plafond de la sécurité sociale (0.15 since 2015-09-01). */
  rate: number;
  /** Hourly plafond de la sécurité sociale, EUR/hour. */
  hourlyCeiling: number;
  /** The gratification is mandatory beyond this many hours of presence (308). */
  thresholdHours: number;
  /** The gratification is mandatory beyond this many months (2). */
  thresholdMonths: number;
  /** Maximum months per teaching year in the same host (6). */
  maxMonths: number;
  /** First day of the latest value in force among those combined. */
  effectiveFrom: string;
  /** The texts and pages the values rest on. */
  sources: Source[];
  /** `false` when one of the combined values is not confirmed. */
  verified: boolean;
}
