import type { Parameter } from "../Parameter.js";
import { serviceCiviqueTexts as t } from "./serviceCiviqueTexts.js";

/**
 * Maximum weekly time of a service civique mission for a minor, in hours: 35, over at most 5 days, at most 7 hours a day, no night (22 h–6 h) nor public holidays (CSN L120-8, R121-12).
 *
 * @example
 * ```ts
 * valueAt(serviceCiviqueMaxWeeklyHoursMinor, "2026-01-01")?.value; // 35
 * ```
 */
export const serviceCiviqueMaxWeeklyHoursMinor: Parameter<number> = {
  id: "serviceCivique.maxWeeklyHoursMinor",
  description: "Durée hebdomadaire maximale de la mission de service civique (mineur)",
  unit: "hour/week",
  values: [
    {
      effectiveFrom: "2010-07-01",
      value: 35,
      sources: [t.l120_8, t.f15547],
      verified: true,
    },
  ],
};
