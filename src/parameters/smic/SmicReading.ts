import type { Source } from "../Parameter.js";

/** The SMIC in force on a date, as returned by {@link smicAt}. */
export interface SmicReading {
  /** Gross hourly SMIC, EUR/hour. */
  hourly: number;
  /** Gross monthly SMIC for 35 h/week, EUR/month, as published. */
  monthly: number;
  /** First day of the value in force. */
  effectiveFrom: string;
  /** The legal text that set the value (first of `sources`). */
  source: Source;
  /** Every source of the hourly and monthly values. */
  sources: Source[];
  /** `false` when the hourly or the monthly value is not confirmed (see the parameters' notes). */
  verified: boolean;
  /** The territory the value applies to: Mayotte, or everywhere else ("metropole" includes the other overseas departments). */
  territory: "metropole" | "mayotte";
}
