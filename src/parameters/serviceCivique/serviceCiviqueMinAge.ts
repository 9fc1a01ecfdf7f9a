import type { Parameter } from "../Parameter.js";
import { serviceCiviqueTexts as t } from "./serviceCiviqueTexts.js";

/**
 * Minimum age for an engagement de service civique, in years: 16 (CSN L120-1 II; a minor needs parental authorisation).
 *
 * @example
 * ```ts
 * valueAt(serviceCiviqueMinAge, "2026-01-01")?.value; // 16
 * ```
 */
export const serviceCiviqueMinAge: Parameter<number> = {
  id: "serviceCivique.minAge",
  description: "Âge minimum du volontaire en service civique",
  unit: "year",
  values: [
    {
      effectiveFrom: "2010-07-01",
      value: 16,
      sources: [t.l120_1, t.f15547],
      verified: true,
    },
  ],
};
