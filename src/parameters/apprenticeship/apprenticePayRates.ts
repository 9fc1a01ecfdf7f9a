import type { Parameter } from "../Parameter.js";
import type { ApprenticePayGrid } from "./ApprenticePayGrid.js";

/**
 * Apprentice minimum pay, as a ratio of the SMIC, by age bracket and year of execution of the contract
 * (Code du travail, art. D6222-26). The grid in force is the one of the date the contract was concluded:
 * the 2019 grid applies to contracts concluded from 2019-01-01 (loi n° 2018-771 art. 46 II), earlier
 * contracts keep the previous grid.
 */
export const apprenticePayRates: Parameter<ApprenticePayGrid> = {
  id: "apprenticeship.payRates",
  description: "Apprentice minimum pay, ratio of the SMIC by age bracket and contract year (D6222-26)",
  unit: "ratio",
  values: [
    {
      effectiveFrom: "2008-05-01",
      value: {
        rates: {
          "16-17": [0.25, 0.37, 0.53],
          "18-20": [0.41, 0.49, 0.65],
          "21-25": [0.53, 0.61, 0.78],
          "26+": [0.53, 0.61, 0.78],
        },
        agreementMinimumFromAge: null,
      },
      sources: [
        {
          label: "Code du travail, art. D6222-26 (version antérieure au décret n° 2018-1347)",
          url: "https://www.codes-et-lois.fr/code-du-travail/article-d6222-26",
        },
        {
          label: "Code du travail, art. D6222-27 (apprentis de moins de seize ans)",
          url: "https://tricoteuses.fr/legifrance/articles/LEGIARTI000018524106",
        },
        { label: "lapprenti.com, textes de loi relatifs au salaire (contrats conclus avant le 1er janvier 2019)", url: "http://lapprenti.com/html/apprenti/salaire_texteloi.asp" },
      ],
      verified: false,
      note:
        "Rates read from a mirror of the pre-2019 article (\"jeunes âgés de vingt et un ans et plus\": the 21+ line also covers 26+). " +
        "2008-05-01 is the entry into force of the recodified regulatory part of the Code du travail, not confirmed on Légifrance; the rates themselves are older.",
    },
    {
      effectiveFrom: "2019-01-01",
      value: {
        rates: {
          "16-17": [0.27, 0.39, 0.55],
          "18-20": [0.43, 0.51, 0.67],
          "21-25": [0.53, 0.61, 0.78],
          "26+": [1, 1, 1],
        },
        agreementMinimumFromAge: 21,
      },
      sources: [
        {
          label: "Décret n° 2018-1347 du 28 décembre 2018 relatif à la rémunération des apprentis, art. 1 (Code du travail, art. D6222-26)",
          url: "https://www.legifrance.gouv.fr/eli/decret/2018/12/28/MTRD1834725D/jo/texte",
        },
        { label: "Centre Inffo, « Rémunération des apprentis : publication du décret » (3 janvier 2019)", url: "https://centre-inffo.fr/site-droit-formation/actualites-droit/remuneration-des-apprentis-publication-du-decret-2" },
        { label: "Service-public.fr F2918, contrat d'apprentissage", url: "https://www.service-public.gouv.fr/particuliers/vosdroits/F2918" },
      ],
      verified: true,
      note: "Applies to contracts concluded from 2019-01-01. From 21, the percentage applies to the SMIC or, if higher, the agreement's minimum for the job.",
    },
  ],
};
