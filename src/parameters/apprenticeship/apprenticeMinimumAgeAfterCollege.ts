import type { Parameter } from "../Parameter.js";

/**
 * Minimum age to start an apprenticeship for a pupil who completed the first cycle of secondary
 * education (collège, up to the 3e): fifteen (Code du travail, art. L6222-1, second paragraph).
 */
export const apprenticeMinimumAgeAfterCollege: Parameter<number> = {
  id: "apprenticeship.minimumAgeAfterCollege",
  description: "Minimum age at the start of an apprenticeship after completing collège (L6222-1)",
  unit: "year",
  values: [
    {
      effectiveFrom: "2019-01-01",
      value: 15,
      sources: [{ label: "Code du travail, art. L6222-1 (version du 1er janvier 2019, loi n° 2018-771 du 5 septembre 2018, art. 13)", url: "https://www.legifrance.gouv.fr/codes/id/LEGIARTI000037385933/2019-01-01/" }],
      verified: true,
      note: "Version read: the one in force from 2019-01-01; earlier versions are not encoded.",
    },
  ],
};
