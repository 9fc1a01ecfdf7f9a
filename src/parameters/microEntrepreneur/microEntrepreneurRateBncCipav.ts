import type { Parameter } from "../Parameter.js";
import { microEntrepreneurTexts as t } from "./microEntrepreneurTexts.js";

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
        t.decree2017_1894,
        t.openFiscaCipav,
      ],
      verified: true,
    },
    {
      effectiveFrom: "2021-06-14",
      value: 0.222,
      sources: [
        { label: "Décret n° 2021-755 du 12 juin 2021, art. 1 (CSS art. D613-4 b)", url: "https://www.legifrance.gouv.fr/loda/id/LEGIARTI000043650438/2021-06-14/" },
        t.openFiscaCipav,
      ],
      verified: true,
    },
    {
      effectiveFrom: "2022-10-01",
      value: 0.212,
      sources: [
        t.decree2022_1529,
        t.openFiscaCipav,
      ],
      verified: true,
    },
    {
      effectiveFrom: "2024-07-01",
      value: 0.232,
      sources: [
        t.decree2024_484,
        t.openFiscaCipav,
      ],
      verified: true,
    },
  ],
};
