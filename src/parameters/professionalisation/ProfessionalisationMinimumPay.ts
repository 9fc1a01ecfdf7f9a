import type { Source } from "../Parameter.js";

/** The legal minimum pay of a contrat de professionnalisation, as computed by {@link professionalisationMinimumPayAt}. */
export interface ProfessionalisationMinimumPay {
  /** Ratio of the SMIC (0.55 = 55 %). */
  rate: number;
  /** Gross monthly minimum for 35 h a week: `rate` × monthly SMIC, rounded to the cent. */
  monthly: number;
  /** Gross hourly minimum: `rate` × hourly SMIC, rounded to the cent. */
  hourly: number;
  /** Age bracket used. */
  ageBracket: "under-21" | "21-25" | "26+";
  /**
   * The qualification level the rate assumes: when `qualifiedAtBacPro` was not given, the lower
   * ("below-bac-pro") floor is returned and `qualificationAssumed` is `true`.
   */
  qualification: "below-bac-pro" | "bac-pro-or-more" | "any";
  /** `true` when the qualification was not given and the lower floor was used. */
  qualificationAssumed: boolean;
  /**
   * For 26 and over: the ratio of the agreement's minimum the pay must also reach (0.85); the caller
   * takes max(`monthly`, share × agreement minimum). `null` under 26.
   */
  agreementMinimumShare: number | null;
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
  /** Sources of the grid, of the agreement floor (26+) and of the SMIC. */
  sources: readonly Source[];
  /** `false` when a value used is not verified. */
  verified: boolean;
}
