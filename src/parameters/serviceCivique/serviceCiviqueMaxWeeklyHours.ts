import type { Parameter } from "../Parameter.js";
import { serviceCiviqueTexts as t } from "./serviceCiviqueTexts.js";

/**
 * Maximum weekly time of a service civique mission for an adult, in hours: 48, over at most 6 days (CSN L120-8).
 *
 * @example
 * ```ts
 * valueAt(serviceCiviqueMaxWeeklyHours, "2026-01-01")?.value; // 48
 * ```
 */
export const serviceCiviqueMaxWeeklyHours: Parameter<number> = {
  id: "serviceCivique.maxWeeklyHours",
  description: "Durée hebdomadaire maximale de la mission de service civique (majeur)",
  unit: "hour/week",
  values: [
    {
      effectiveFrom: "2010-07-01",
      value: 48,
      sources: [t.l120_8, t.orientationAges],
      verified: true,
    },
  ],
};
