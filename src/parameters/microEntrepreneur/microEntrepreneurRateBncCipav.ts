import type { Parameter } from "../Parameter.js";

/**
 * Micro-entrepreneur social-contribution rate, as a ratio of turnover, for regulated liberal professions affiliated to the CIPAV (CSS art. D613-4 b): activity `bnc-cipav`.
 * Values before 2018 are not encoded.
 */
export const microEntrepreneurRateBncCipav: Parameter<number> = {
  id: "microEntrepreneur.rate.bnc-cipav",
  description: "Micro-entrepreneur contribution rate (bnc-cipav), ratio of turnover (CSS D613-4)",
  unit: "ratio",
  values: [
    {
      effectiveFrom: "2018-01-01",
      value: 0.22,
      sources: [
        { label: "Décret n° 2017-1894 du 30 décembre 2017, art. 1 (CSS art. D131-5-1)", url: "https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000036456533/2018-01-01" },
        { label: "OpenFisca-France, auto_entrepreneur/cotisations_prestations/cipav.yaml", url: "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/prelevements_sociaux/professions_liberales/auto_entrepreneur/cotisations_prestations/cipav.yaml" },
      ],
      verified: true,
    },
    {
      effectiveFrom: "2021-06-14",
      value: 0.222,
      sources: [
        { label: "Décret n° 2021-755 du 12 juin 2021, art. 1 (CSS art. D613-4 b)", url: "https://www.legifrance.gouv.fr/loda/id/LEGIARTI000043650438/2021-06-14/" },
        { label: "OpenFisca-France, auto_entrepreneur/cotisations_prestations/cipav.yaml", url: "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/prelevements_sociaux/professions_liberales/auto_entrepreneur/cotisations_prestations/cipav.yaml" },
      ],
      verified: true,
    },
    {
      effectiveFrom: "2022-10-01",
      value: 0.212,
      sources: [
        { label: "Décret n° 2022-1529 du 7 décembre 2022 (CSS art. D613-4, à compter du 1er octobre 2022)", url: "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000046710847" },
        { label: "OpenFisca-France, auto_entrepreneur/cotisations_prestations/cipav.yaml", url: "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/prelevements_sociaux/professions_liberales/auto_entrepreneur/cotisations_prestations/cipav.yaml" },
      ],
      verified: true,
    },
    {
      effectiveFrom: "2024-07-01",
      value: 0.232,
      sources: [
        { label: "Décret n° 2024-484 du 30 mai 2024, art. 1 (CSS art. D613-4)", url: "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000049620959" },
        { label: "OpenFisca-France, auto_entrepreneur/cotisations_prestations/cipav.yaml", url: "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/prelevements_sociaux/professions_liberales/auto_entrepreneur/cotisations_prestations/cipav.yaml" },
      ],
      verified: true,
    },
  ],
};
