import type { Parameter } from "../Parameter.js";

/**
 * Share of the collective agreement's minimum pay below which a contrat de professionnalisation holder
 * aged 26 or more may not be paid: 85 % (Code du travail, art. D6325-18; the pay is also at least the
 * SMIC, art. L6325-9).
 */
export const professionalisationAgreementMinimumShare: Parameter<number> = {
  id: "professionalisation.agreementMinimumShare",
  description: "Floor for 26+ as a ratio of the agreement minimum (D6325-18)",
  unit: "ratio",
  values: [
    {
      effectiveFrom: "2008-05-01",
      value: 0.85,
      sources: [
        { label: "Code du travail, art. D6325-18", url: "https://code.travail.gouv.fr/code-du-travail/d6325-18" },
        {
          label: "French Business Law, « Article D6325-18 of the French Labour Code » (texte français reproduit)",
          url: "https://french-business-law.com/rench-legislation-art/article-d6325-18-of-the-french-labour-code",
        },
        { label: "Arrêté d'extension citant l'art. D6325-18 (KALIARTI000022821478)", url: "https://legal.tricoteuses.fr/articles/KALIARTI000022821478" },
      ],
      verified: true,
      note: "2008-05-01: entry into force of the recodified Code du travail (formerly L981-5 al. 2 and its decree); earlier dates not encoded.",
    },
  ],
};
