import type { Parameter } from "../Parameter.js";
import { microEntrepreneurTexts as t } from "./microEntrepreneurTexts.js";

/**
 * Micro-entrepreneur social-contribution rate, as a ratio of turnover, for commercial and craft services (BIC; CSS art. D613-4 d): activity `bic-services`.
 * Values before 2018 are not encoded.
 */
export const microEntrepreneurRateBicServices: Parameter<number> = {
  id: "microEntrepreneur.rate.bic-services",
  description: "Micro-entrepreneur contribution rate (bic-services), ratio of turnover (CSS D613-4)",
  unit: "ratio",
  values: [
    {
      effectiveFrom: "2018-01-01",
      value: 0.22,
      sources: [
        t.decree2017_1894,
        t.cmStart2018,
        { label: "OpenFisca-France, auto_entrepreneur/cotisations_prestations/service.yaml (série services combinée avant 2022-10-01)", url: "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/prelevements_sociaux/professions_liberales/auto_entrepreneur/cotisations_prestations/service.yaml" },
      ],
      verified: false,
      note: "OpenFisca's BIC-services series starts on 2022-10-01; the 22 % for services in 2018 rests on OpenFisca's combined services series (D131-5-1 d) and a bank's summary.",
    },
    {
      effectiveFrom: "2022-10-01",
      value: 0.212,
      sources: [
        { label: "Code de la sécurité sociale, art. D613-4 d (version du 10 décembre 2022)", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000046714712/2022-12-10" },
        t.decree2022_1529,
        { label: "OpenFisca-France, auto_entrepreneur/cotisations_prestations/service_bic.yaml", url: "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/prelevements_sociaux/professions_liberales/auto_entrepreneur/cotisations_prestations/service_bic.yaml" },
      ],
      verified: true,
    },
  ],
};
