import type { Parameter } from "../Parameter.js";

/**
 * Age range of the young people a contrat de professionnalisation is open to without further condition:
 * 16 to 25 "révolus" (Code du travail, art. L6325-1 1°). From 26 it is open to jobseekers and to RSA,
 * ASS or AAH recipients and former CUI holders (L6325-1 2° and 3°).
 */
export const professionalisationYouthAgeRange: Parameter<{
  /** Youngest age, in completed years. */
  min: number;
  /** Oldest age, in completed years ("révolus"). */
  max: number;
}> = {
  id: "professionalisation.youthAgeRange",
  description: "Ages (révolus) for which the contract is open to anyone (L6325-1 1°)",
  unit: "year",
  values: [
    {
      effectiveFrom: "2008-05-01",
      value: { min: 16, max: 25 },
      sources: [
        { label: "Code du travail, art. L6325-1", url: "https://code.travail.gouv.fr/code-du-travail/l6325-1" },
        { label: "French Business Law, « Article L6325-1 of the French Labour Code »", url: "https://french-business-law.com/french-legislation-art/article-l6325-1-of-the-french-labour-code" },
        { label: "Dinergie, « Contrat de professionnalisation »", url: "https://www.dinergie.com/contrat-de-professionnalisation/" },
      ],
      verified: false,
      note: "Range confirmed by two sources for the current text; the date (recodification of 2008-05-01) was not checked against the article's version history.",
    },
  ],
};
