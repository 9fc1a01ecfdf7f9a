import type { Parameter } from "../Parameter.js";

/**
 * The legal working week for full-time employees, in hours (durée légale du travail): the reference
 * for "temps plein", for prorating part-time pay and for the monthly SMIC (35 × 52 / 12 = 151.67 h).
 */
export const legalWeeklyHours: Parameter<number> = {
  id: "workingTime.legalWeeklyHours",
  description: "Durée légale hebdomadaire du travail à temps plein (35 h).",
  unit: "hour/week",
  values: [
    {
      effectiveFrom: "2002-01-01",
      value: 35,
      sources: [
        { label: "Code du travail, art. L3121-27", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033020517" },
        { label: "Loi n° 2000-37 du 19 janvier 2000 (35 h pour toutes les entreprises au 1er janvier 2002)", url: "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000398162" },
      ],
      verified: true,
    },
  ],
};
