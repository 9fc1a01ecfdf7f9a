import type { Parameter } from "../Parameter.js";
import { serviceCiviqueTexts as t } from "./serviceCiviqueTexts.js";

/**
 * Minimum length of an engagement de service civique, in months: 6, continuous (CSN L120-1 II).
 *
 * @example
 * ```ts
 * valueAt(serviceCiviqueMinMonths, "2026-01-01")?.value; // 6
 * ```
 */
export const serviceCiviqueMinMonths: Parameter<number> = {
  id: "serviceCivique.minMonths",
  description: "Durée minimale de l'engagement de service civique",
  unit: "month",
  values: [
    {
      effectiveFrom: "2010-07-01",
      value: 6,
      sources: [t.l120_1, t.orientationAges],
      verified: true,
    },
  ],
};
