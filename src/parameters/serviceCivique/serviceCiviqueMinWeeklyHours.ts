import type { Parameter } from "../Parameter.js";
import { serviceCiviqueTexts as t } from "./serviceCiviqueTexts.js";

/**
 * Minimum weekly time of a service civique mission, in hours: 24 on average over the contract (CSN L120-8).
 *
 * @example
 * ```ts
 * valueAt(serviceCiviqueMinWeeklyHours, "2026-01-01")?.value; // 24
 * ```
 */
export const serviceCiviqueMinWeeklyHours: Parameter<number> = {
  id: "serviceCivique.minWeeklyHours",
  description: "Durée hebdomadaire minimale de la mission de service civique",
  unit: "hour/week",
  values: [
    {
      effectiveFrom: "2010-07-01",
      value: 24,
      sources: [t.l120_8, t.orientationAges],
      verified: true,
    },
  ],
};
