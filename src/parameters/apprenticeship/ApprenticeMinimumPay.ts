import type { Source } from "../Parameter.js";
import type { ApprenticeAgeBracket } from "./ApprenticeAgeBracket.js";

/** The legal minimum pay of an apprentice on a date, as computed by {@link apprenticeMinimumPayAt}. */
export interface ApprenticeMinimumPay {
  /** Ratio of the SMIC (0.43 = 43 %). */
  rate: number;
  /** Gross monthly minimum for 35 h a week: `rate` × monthly SMIC, rounded to the cent. */
  monthly: number;
  /** Gross hourly minimum: `rate` × hourly SMIC, rounded to the cent. */
  hourly: number;
  /** Age bracket of the grid the age falls in. */
  ageBracket: ApprenticeAgeBracket;
  /** Year of execution of the contract (1–3). */
  contractYear: number;
  /**
   * `true` when the percentage applies to the higher of the SMIC and the collective agreement's minimum
   * for the job (21 and over, contracts concluded from 2019-01-01): the caller must then compare with
   * `rate` × agreement minimum, which this function does not know.
   */
  agreementMinimumApplies: boolean;
  /** The SMIC the amounts rest on. */
  smic: {
    /** Gross hourly SMIC. */
    hourly: number;
    /** Gross monthly SMIC for 35 h a week. */
    monthly: number;
    /** The date this SMIC value took effect. */
    effectiveFrom: string;
  };
  /** Effective date of the pay grid used. */
  effectiveFrom: string;
  /** Sources of the grid and of the SMIC. */
  sources: readonly Source[];
  /** `false` when the grid or the SMIC value is not verified. */
  verified: boolean;
}
