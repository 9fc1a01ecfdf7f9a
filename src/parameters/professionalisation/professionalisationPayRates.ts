import type { Parameter } from "../Parameter.js";
import type { ProfessionalisationPayGrid } from "./ProfessionalisationPayGrid.js";

/**
 * Minimum pay of a contrat de professionnalisation, as ratios of the SMIC (Code du travail, art. D6325-15
 * for under 26; art. L6325-9 for 26 and over, who get at least the SMIC and at least
 * {@link professionalisationAgreementMinimumShare} of the agreement minimum).
 */
export const professionalisationPayRates: Parameter<ProfessionalisationPayGrid> = {
  id: "professionalisation.payRates",
  description: "Contrat de professionnalisation minimum pay, ratio of the SMIC by age and qualification (D6325-15)",
  unit: "ratio",
  values: [
    {
      effectiveFrom: "2008-05-01",
      value: {
        under21: { belowBacPro: 0.55, bacProOrMore: 0.65 },
        from21To25: { belowBacPro: 0.7, bacProOrMore: 0.8 },
        from26: 1,
      },
      sources: [
        { label: "Code du travail, art. D6325-15", url: "https://code.travail.gouv.fr/code-du-travail/d6325-15" },
        { label: "Code du travail, art. D6325-15 (texte reproduit)", url: "https://codes-et-lois.fr/code-du-travail/article-d6325-15" },
        { label: "Code du travail, section législative « Rémunération » du contrat de professionnalisation (dont art. L6325-9)", url: "https://www.legifrance.gouv.fr/affichCode.do?idSectionTA=LEGISCTA000006189897&cidTexte=LEGITEXT000006072050" },
        { label: "Service-public.fr F15478, contrat de professionnalisation", url: "https://www.service-public.gouv.fr/particuliers/vosdroits/F15478" },
      ],
      verified: true,
      note:
        "Rates confirmed by the article text and mon-entreprise (service-public F15478). 2008-05-01 is the entry into force of the " +
        "recodified Code du travail (the rule dates from the 2004 reform); earlier dates are not encoded.",
    },
  ],
};
