import type { DatedValue, Parameter } from "../Parameter.js";
import { smicMayotteRows } from "./smicMayotteRows.js";

/**
 * Gross hourly SMIC in Mayotte, EUR/hour (lower than {@link smicHourly}; convergence trajectory).
 * From 2018-01-01, when the Code du travail and the SMIC replaced Mayotte's SMIG. The value from
 * 2026-06-01 is unknown (`null`), so lookups from that date return `undefined`.
 *
 * @example
 * ```ts
 * valueAt(smicHourlyMayotte, "2026-01-01")?.value; // 9.33
 * ```
 */
export const smicHourlyMayotte: Parameter<number> = {
  id: "smic.hourly.mayotte",
  description: "SMIC brut horaire à Mayotte",
  unit: "EUR/hour",
  values: smicMayotteRows.map((row): DatedValue<number> => ({
    effectiveFrom: row.effectiveFrom,
    value: row.hourly,
    sources: row.sources,
    verified: row.hourlyVerified,
    ...(row.note === undefined ? {} : { note: row.note }),
  })),
};
