import type { Parameter } from "../Parameter.js";

/**
 * Maximum age at the start of an apprenticeship: twenty-nine "révolus" (i.e. up to the day before the
 * 30th birthday; Code du travail, art. L6222-1, as amended by loi n° 2018-771 for contracts concluded
 * from 2019-01-01). Exceptions: {@link apprenticeAgeLimitExceptions}.
 */
export const apprenticeMaximumAge: Parameter<number> = {
  id: "apprenticeship.maximumAge",
  description: "Maximum age (révolus) at the start of an apprenticeship (L6222-1)",
  unit: "year",
  values: [
    {
      effectiveFrom: "2019-01-01",
      value: 29,
      sources: [
        { label: "Code du travail, art. L6222-1 (version du 1er janvier 2019, loi n° 2018-771 du 5 septembre 2018, art. 13)", url: "https://www.legifrance.gouv.fr/codes/id/LEGIARTI000037385933/2019-01-01/" },
        { label: "Juritravail, « Apprenti de 16 à 29 ans révolus »", url: "http://www.juritravail.com/Actualite/Contrat-apprentissage/Id/16700" },
      ],
      verified: true,
      note: "Not applicable to contracts concluded before 2019-01-01 (loi n° 2018-771, art. 46 II); the earlier limit is not encoded.",
    },
  ],
};
