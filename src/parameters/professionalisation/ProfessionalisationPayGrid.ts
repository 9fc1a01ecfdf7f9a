/**
 * One version of the contrat de professionnalisation minimum-pay grid, as ratios of the SMIC: under 26 by
 * age and initial qualification (Code du travail, art. D6325-15), from 26 the SMIC itself (L6325-9).
 */
export interface ProfessionalisationPayGrid {
  /** Under 21: below bac pro / at least bac pro (or a professional diploma of the same level). */
  under21: {
    /** Ratio of the SMIC below the bac pro level. */
    belowBacPro: number;
    /** Ratio of the SMIC from the bac pro level (or a professional diploma of the same level). */
    bacProOrMore: number;
  };
  /** 21 to 25. */
  from21To25: {
    /** Ratio of the SMIC below the bac pro level. */
    belowBacPro: number;
    /** Ratio of the SMIC from the bac pro level (or a professional diploma of the same level). */
    bacProOrMore: number;
  };
  /** 26 and over: ratio of the SMIC (the agreement floor is {@link professionalisationAgreementMinimumShare}). */
  from26: number;
}
