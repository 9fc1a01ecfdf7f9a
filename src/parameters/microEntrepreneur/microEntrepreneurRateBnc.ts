import type { Parameter } from "../Parameter.js";

/**
 * Micro-entrepreneur social-contribution rate, as a ratio of turnover, for BNC liberal professions under the SSI / régime général (CSS art. D613-4, line for L631-1 and CGI 102 ter workers): activity `bnc`.
 * Values before 2018 are not encoded.
 */
export const microEntrepreneurRateBnc: Parameter<number> = {
  id: "microEntrepreneur.rate.bnc",
  description: "Micro-entrepreneur contribution rate (bnc), ratio of turnover (CSS D613-4)",
  unit: "ratio",
  values: [
    {
      effectiveFrom: "2018-01-01",
      value: 0.22,
      sources: [
        { label: "Décret n° 2017-1894 du 30 décembre 2017, art. 1 (CSS art. D131-5-1)", url: "https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000036456533/2018-01-01" },
        { label: "CM Start, « Loi de finances 2018 : modifications concernant la micro-entreprise » (taux 2018)", url: "https://www.cmstart.fr/nos-conseils/loi-de-finances-2018-modifications-concernant-la-micro-entreprise-et-lauto-entreprise/" },
        { label: "OpenFisca-France, auto_entrepreneur/cotisations_prestations/service.yaml", url: "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/prelevements_sociaux/professions_liberales/auto_entrepreneur/cotisations_prestations/service.yaml" },
      ],
      verified: true,
    },
    {
      effectiveFrom: "2022-10-01",
      value: 0.211,
      sources: [
        { label: "Décret n° 2022-1529 du 7 décembre 2022 (CSS art. D613-4, à compter du 1er octobre 2022)", url: "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000046710847" },
        { label: "OpenFisca-France, auto_entrepreneur/cotisations_prestations/service.yaml", url: "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/prelevements_sociaux/professions_liberales/auto_entrepreneur/cotisations_prestations/service.yaml" },
      ],
      verified: true,
    },
    {
      effectiveFrom: "2024-07-01",
      value: 0.231,
      sources: [
        { label: "Décret n° 2024-484 du 30 mai 2024, art. 1 (CSS art. D613-4)", url: "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000049620959" },
        { label: "Code de la sécurité sociale, art. D613-4 (version du 1er juillet 2024)", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043656794/2024-07-01/" },
        { label: "OpenFisca-France, auto_entrepreneur/cotisations_prestations/service.yaml", url: "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/prelevements_sociaux/professions_liberales/auto_entrepreneur/cotisations_prestations/service.yaml" },
      ],
      verified: true,
    },
    {
      effectiveFrom: "2025-01-01",
      value: 0.246,
      sources: [
        { label: "Décret n° 2024-484 du 30 mai 2024, art. 1 (CSS art. D613-4)", url: "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000049620959" },
        { label: "Code de la sécurité sociale, art. D613-4 (version du 1er janvier 2025)", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043656794/2025-01-01/" },
        { label: "OpenFisca-France, auto_entrepreneur/cotisations_prestations/service.yaml", url: "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/prelevements_sociaux/professions_liberales/auto_entrepreneur/cotisations_prestations/service.yaml" },
      ],
      verified: true,
    },
    {
      effectiveFrom: "2026-01-01",
      value: 0.256,
      sources: [
        { label: "Code de la sécurité sociale, art. D613-4 (version du 1er janvier 2026, décret n° 2025-943 du 8 septembre 2025)", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000052218738/2026-01-01" },
        { label: "ARAPL, « Nouvelle hausse des cotisations sociales des micro-entrepreneurs libéraux »", url: "https://www.arapl.org/nouvelle-hausse-cotisations-sociales-des-micro-entrepreneurs-liberaux" },
        { label: "OpenFisca-France, auto_entrepreneur/cotisations_prestations/service.yaml", url: "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/prelevements_sociaux/professions_liberales/auto_entrepreneur/cotisations_prestations/service.yaml" },
      ],
      verified: true,
      note: "Was scheduled at 26.1 % by décret n° 2024-484; lowered to 25.6 %.",
    },
  ],
};
