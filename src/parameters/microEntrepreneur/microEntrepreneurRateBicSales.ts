import type { Parameter } from "../Parameter.js";
import { microEntrepreneurTexts as t } from "./microEntrepreneurTexts.js";

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
        t.decree2017_1894,
        t.cmStart2018,
        t.openFiscaVente,
      ],
      verified: true,
    },
    {
      effectiveFrom: "2022-10-01",
      value: 0.123,
      sources: [
        { label: "Code de la sécurité sociale, art. D613-4 a (version du 10 décembre 2022)", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000046714712/2022-12-10/" },
        t.decree2022_1529,
        t.openFiscaVente,
      ],
      verified: true,
    },
  ],
};
