import type { Parameter } from "../Parameter.js";
import { microEntrepreneurTexts as t } from "./microEntrepreneurTexts.js";

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
        t.decree2017_1894,
        t.cmStart2018,
        t.openFiscaService,
      ],
      verified: true,
    },
    {
      effectiveFrom: "2022-10-01",
      value: 0.211,
      sources: [
        t.decree2022_1529,
        t.openFiscaService,
      ],
      verified: true,
    },
    {
      effectiveFrom: "2024-07-01",
      value: 0.231,
      sources: [
        t.decree2024_484,
        { label: "Code de la sécurité sociale, art. D613-4 (version du 1er juillet 2024)", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043656794/2024-07-01/" },
        t.openFiscaService,
      ],
      verified: true,
    },
    {
      effectiveFrom: "2025-01-01",
      value: 0.246,
      sources: [
        t.decree2024_484,
        { label: "Code de la sécurité sociale, art. D613-4 (version du 1er janvier 2025)", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043656794/2025-01-01/" },
        t.openFiscaService,
      ],
      verified: true,
    },
    {
      effectiveFrom: "2026-01-01",
      value: 0.256,
      sources: [
        { label: "Code de la sécurité sociale, art. D613-4 (version du 1er janvier 2026, décret n° 2025-943 du 8 septembre 2025)", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000052218738/2026-01-01" },
        { label: "ARAPL, « Nouvelle hausse des cotisations sociales des micro-entrepreneurs libéraux »", url: "https://www.arapl.org/nouvelle-hausse-cotisations-sociales-des-micro-entrepreneurs-liberaux" },
        t.openFiscaService,
      ],
      verified: true,
      note: "Was scheduled at 26.1 % by décret n° 2024-484; lowered to 25.6 %.",
    },
  ],
};
