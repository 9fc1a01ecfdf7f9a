import type { Parameter } from "../Parameter.js";

/**
 * Maximum age at the conclusion of an apprenticeship contract that follows a previous one (L6222-2 1°
 * and 2°): thirty-five at most, the new contract being signed within one year of the end of the
 * previous one (Code du travail, art. D6222-1).
 */
export const apprenticeMaximumAgeFollowingContract: Parameter<number> = {
  id: "apprenticeship.maximumAgeFollowingContract",
  description: "Maximum age at conclusion for the L6222-2 1° and 2° exceptions (D6222-1)",
  unit: "year",
  values: [
    {
      effectiveFrom: "2019-01-01",
      value: 35,
      sources: [
        { label: "Code du travail, art. D6222-1", url: "https://code.travail.gouv.fr/code-du-travail/d6222-1" },
        { label: "Prévention BTP, « Article D6222-1 du Code du travail »", url: "https://www.preventionbtp.fr/droit-de-la-prevention/article-d6222-1-du-code-du-travail_NajoQ6rA9rENF63k4rKwca" },
        { label: "Juritravail, « Apprenti de 16 à 29 ans révolus »", url: "http://www.juritravail.com/Actualite/Contrat-apprentissage/Id/16700" },
      ],
      verified: false,
      note:
        "The value (\"trente-cinq ans au plus\") is read from two secondary copies of the current article; the date it took this " +
        "value is assumed to be 2019-01-01 (décret n° 2018-1347, which changed the age-limit rules) and was not confirmed on Légifrance.",
    },
  ],
};
