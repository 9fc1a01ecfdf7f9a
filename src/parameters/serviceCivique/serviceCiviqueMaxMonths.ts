import type { Parameter } from "../Parameter.js";
import { serviceCiviqueTexts as t } from "./serviceCiviqueTexts.js";

/**
 * Maximum length of an engagement de service civique, in months: 12 (CSN L120-1 II).
 *
 * @example
 * ```ts
 * valueAt(serviceCiviqueMaxMonths, "2026-01-01")?.value; // 12
 * ```
 */
export const serviceCiviqueMaxMonths: Parameter<number> = {
  id: "serviceCivique.maxMonths",
  description: "Durée maximale de l'engagement de service civique",
  unit: "month",
  values: [
    {
      effectiveFrom: "2010-07-01",
      value: 12,
      sources: [t.l120_1, t.orientationAges],
      verified: true,
    },
  ],
};
