import type { Source } from "../Parameter.js";

/** The plafond de la sécurité sociale in force on a date, as returned by {@link socialSecurityCeilingAt}. */
export interface SocialSecurityCeilingReading {
  /** PASS, EUR/year. */
  annual: number;
  /** PMSS, EUR/month. */
  monthly: number;
  /** Hourly plafond, EUR/hour. */
  hourly: number;
  /** First day of the latest of the three values in force. */
  effectiveFrom: string;
  /** The arrêtés and pages the three values rest on. */
  sources: Source[];
  /** `false` when one of the three values is not confirmed. */
  verified: boolean;
}
