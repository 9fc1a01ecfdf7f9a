import type { Source } from "../Parameter.js";

/** The service civique bounds in force on a date, as returned by {@link serviceCiviqueRulesAt}. */
export interface ServiceCiviqueRules {
  /** Minimum age, years (16). */
  minAge: number;
  /** Maximum age, years (25). */
  maxAge: number;
  /** Maximum age for a person with a disability, years (30 since 2017-01-29); `undefined` before. */
  maxAgeDisability: number | undefined;
  /** Minimum length, months (6). */
  minMonths: number;
  /** Maximum length, months (12). */
  maxMonths: number;
  /** Minimum weekly time, hours (24, on average). */
  minWeeklyHours: number;
  /** Maximum weekly time for an adult, hours (48). */
  maxWeeklyHours: number;
  /** Maximum weekly time for a minor, hours (35). */
  maxWeeklyHoursMinor: number;
  /** The texts and pages the bounds rest on. */
  sources: Source[];
  /** `false` when a bound in force is not confirmed. */
  verified: boolean;
}
