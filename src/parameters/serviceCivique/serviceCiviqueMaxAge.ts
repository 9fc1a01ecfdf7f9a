import type { Parameter } from "../Parameter.js";
import { serviceCiviqueTexts as t } from "./serviceCiviqueTexts.js";

/**
 * Maximum age for an engagement de service civique, in years: up to 25 (CSN L120-1 II: « de seize à vingt-cinq ans »); see {@link serviceCiviqueMaxAgeDisability}.
 *
 * @example
 * ```ts
 * valueAt(serviceCiviqueMaxAge, "2026-01-01")?.value; // 25
 * ```
 */
export const serviceCiviqueMaxAge: Parameter<number> = {
  id: "serviceCivique.maxAge",
  description: "Âge maximum du volontaire en service civique",
  unit: "year",
  values: [
    {
      effectiveFrom: "2010-07-01",
      value: 25,
      sources: [t.l120_1, t.orientationAges, t.penestin],
      verified: true,
      note: "The law says « âgées de seize à vingt-cinq ans »; the sources read do not say whether the bound is the 25th or the 26th birthday.",
    },
  ],
};
