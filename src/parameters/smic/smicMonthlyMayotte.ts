import type { DatedValue, Parameter } from "../Parameter.js";
import { smicMayotteRows } from "./smicMayotteRows.js";

/**
 * Gross monthly SMIC in Mayotte for a 35-hour week, EUR/month, as published with each revaluation
 * (two published figures, 2021-01-01 and 2021-10-01, differ from hourly × 35 × 52 / 12; the
 * 2024-01-01 figure is derived and unverified). From 2018-01-01; unknown from 2026-06-01.
 *
 * @example
 * ```ts
 * valueAt(smicMonthlyMayotte, "2026-01-01")?.value; // 1415.05
 * ```
 */
export const smicMonthlyMayotte: Parameter<number> = {
  id: "smic.monthly.mayotte",
  description: "SMIC brut mensuel à Mayotte, 35 h hebdomadaires",
  unit: "EUR/month",
  values: smicMayotteRows.map((row): DatedValue<number> => ({
    effectiveFrom: row.effectiveFrom,
    value: row.monthly,
    sources: row.sources,
    verified: row.monthlyVerified,
    ...(row.note === undefined ? {} : { note: row.note }),
  })),
};
