import type { Parameter } from "../Parameter.js";

/** Minimum age to start an apprenticeship: sixteen (Code du travail, art. L6222-1, first paragraph). */
export const apprenticeMinimumAge: Parameter<number> = {
  id: "apprenticeship.minimumAge",
  description: "Minimum age at the start of an apprenticeship (L6222-1)",
  unit: "year",
  values: [
    {
      effectiveFrom: "2019-01-01",
      value: 16,
      sources: [{ label: "Code du travail, art. L6222-1 (version du 1er janvier 2019, loi n° 2018-771 du 5 septembre 2018, art. 13)", url: "https://www.legifrance.gouv.fr/codes/id/LEGIARTI000037385933/2019-01-01/" }],
      verified: true,
      note: "Version read: the one in force from 2019-01-01; earlier versions are not encoded.",
    },
  ],
};
