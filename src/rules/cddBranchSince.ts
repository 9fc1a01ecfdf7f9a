/**
 * The day the ordonnance n° 2017-1387 took effect: from then on an extended branch agreement sets the
 * CDD's maximum duration and number of renewals (Code du travail L1242-8, L1243-13), the law's figures
 * being defaults (L1242-8-1, L1243-13-1). Before, L1242-8 and L1243-13 set them. @internal
 */
export const CDD_BRANCH_SINCE = "2017-09-24";
