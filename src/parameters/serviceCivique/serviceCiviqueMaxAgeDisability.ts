import type { Parameter } from "../Parameter.js";
import { serviceCiviqueTexts as t } from "./serviceCiviqueTexts.js";

/**
 * Maximum age for a person with a disability, in years: 30 (CSN L120-1 II as amended by loi n° 2017-86 du 27 janvier 2017 relative à l'égalité et à la citoyenneté).
 *
 * @example
 * ```ts
 * valueAt(serviceCiviqueMaxAgeDisability, "2026-01-01")?.value; // 30
 * ```
 */
export const serviceCiviqueMaxAgeDisability: Parameter<number> = {
  id: "serviceCivique.maxAgeDisability",
  description: "Âge maximum du volontaire en situation de handicap",
  unit: "year",
  values: [
    {
      effectiveFrom: "2017-01-29",
      value: 30,
      sources: [t.l120_1, t.orientationAges, t.penestin],
      verified: false,
      note: "The value (30) is confirmed by several pages; the effective date (the version of L120-1 of 2017-01-29, after loi 2017-86) was read from doctrine.fr's version list only.",
    },
  ],
};
