import type { Source } from "../Parameter.js";
import type { MicroEntrepreneurActivity } from "./MicroEntrepreneurActivity.js";

/** The micro-entrepreneur figures in force on a date for an activity, from {@link microEntrepreneurAt}. */
export interface MicroEntrepreneurReading {
  /** The activity asked for. */
  activity: MicroEntrepreneurActivity;
  /** Annual turnover ceiling excl. VAT (EUR/year): the services one for BNC and BIC services, the sales one for sales. */
  ceiling: number;
  /** Social-contribution rate, ratio of turnover (0.231 = 23.1 %). */
  contributionRate: number;
  /** Effective date of the ceiling used. */
  ceilingEffectiveFrom: string;
  /** Effective date of the rate used. */
  rateEffectiveFrom: string;
  /** Sources of the ceiling and of the rate. */
  sources: readonly Source[];
  /** `false` when the ceiling or the rate is not verified. */
  verified: boolean;
}
