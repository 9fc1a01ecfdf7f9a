import type { Parameter } from "../Parameter.js";

/**
 * Micro-entrepreneur social-contribution rate, as a ratio of turnover, for sales of goods, food and lodging (BIC; CSS art. D613-4 a): activity `bic-sales`.
 * Values before 2018 are not encoded.
 */
export const microEntrepreneurRateBicSales: Parameter<number> = {
  id: "microEntrepreneur.rate.bic-sales",
  description: "Micro-entrepreneur contribution rate (bic-sales), ratio of turnover (CSS D613-4)",
  unit: "ratio",
  values: [
    {
      effectiveFrom: "2018-01-01",
      value: 0.128,
      sources: [
        { label: "Décret n° 2017-1894 du 30 décembre 2017, art. 1 (CSS art. D131-5-1)", url: "https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000036456533/2018-01-01" },
        { label: "CM Start, « Loi de finances 2018 : modifications concernant la micro-entreprise » (taux 2018)", url: "https://www.cmstart.fr/nos-conseils/loi-de-finances-2018-modifications-concernant-la-micro-entreprise-et-lauto-entreprise/" },
        { label: "OpenFisca-France, auto_entrepreneur/cotisations_prestations/vente.yaml", url: "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/prelevements_sociaux/professions_liberales/auto_entrepreneur/cotisations_prestations/vente.yaml" },
      ],
      verified: true,
    },
    {
      effectiveFrom: "2022-10-01",
      value: 0.123,
      sources: [
        { label: "Code de la sécurité sociale, art. D613-4 a (version du 10 décembre 2022)", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000046714712/2022-12-10/" },
        { label: "Décret n° 2022-1529 du 7 décembre 2022 (CSS art. D613-4, à compter du 1er octobre 2022)", url: "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000046710847" },
        { label: "OpenFisca-France, auto_entrepreneur/cotisations_prestations/vente.yaml", url: "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/prelevements_sociaux/professions_liberales/auto_entrepreneur/cotisations_prestations/vente.yaml" },
      ],
      verified: true,
    },
  ],
};
