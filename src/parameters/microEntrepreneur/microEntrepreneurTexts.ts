import type { Source } from "../Parameter.js";

/**
 * The legal texts and pages the micro-entrepreneur contribution rates rest on, shared by the rate series.
 * @internal
 */
export const microEntrepreneurTexts = {
  decree2017_1894: { label: "Décret n° 2017-1894 du 30 décembre 2017, art. 1 (CSS art. D131-5-1)", url: "https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000036456533/2018-01-01" },
  decree2022_1529: { label: "Décret n° 2022-1529 du 7 décembre 2022 (CSS art. D613-4, à compter du 1er octobre 2022)", url: "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000046710847" },
  decree2024_484: { label: "Décret n° 2024-484 du 30 mai 2024, art. 1 (CSS art. D613-4)", url: "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000049620959" },
  cmStart2018: { label: "CM Start, « Loi de finances 2018 : modifications concernant la micro-entreprise » (taux 2018)", url: "https://www.cmstart.fr/nos-conseils/loi-de-finances-2018-modifications-concernant-la-micro-entreprise-et-lauto-entreprise/" },
  openFiscaService: { label: "OpenFisca-France, auto_entrepreneur/cotisations_prestations/service.yaml", url: "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/prelevements_sociaux/professions_liberales/auto_entrepreneur/cotisations_prestations/service.yaml" },
  openFiscaCipav: { label: "OpenFisca-France, auto_entrepreneur/cotisations_prestations/cipav.yaml", url: "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/prelevements_sociaux/professions_liberales/auto_entrepreneur/cotisations_prestations/cipav.yaml" },
  openFiscaVente: { label: "OpenFisca-France, auto_entrepreneur/cotisations_prestations/vente.yaml", url: "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/prelevements_sociaux/professions_liberales/auto_entrepreneur/cotisations_prestations/vente.yaml" },
} satisfies Record<string, Source>;
