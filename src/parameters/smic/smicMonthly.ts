import type { DatedValue, Parameter } from "../Parameter.js";
import { smicTexts } from "./smicTexts.js";

const rows: readonly (readonly [string, number])[] = [
  ["2015-01-01", 1457.52],
  ["2016-01-01", 1466.62],
  ["2017-01-01", 1480.27],
  ["2018-01-01", 1498.47],
  ["2019-01-01", 1521.22],
  ["2020-01-01", 1539.42],
  ["2021-01-01", 1554.58],
  ["2021-10-01", 1589.47],
  ["2022-01-01", 1603.12],
  ["2022-05-01", 1645.58],
  ["2022-08-01", 1678.95],
  ["2023-01-01", 1709.28],
  ["2023-05-01", 1747.2],
  ["2024-01-01", 1766.92],
  ["2024-11-01", 1801.8],
  ["2026-01-01", 1823.03],
  ["2026-06-01", 1867.02],
];

/**
 * Gross monthly SMIC for the legal 35-hour week, EUR/month, as published with each revaluation
 * (hourly × 35 × 52 / 12, rounded to the cent; "151,67 h" is the customary label). Same territories
 * as {@link smicHourly}. From 2015-01-01.
 *
 * @example
 * ```ts
 * valueAt(smicMonthly, "2026-01-01")?.value; // 1823.03
 * ```
 */
export const smicMonthly: Parameter<number> = {
  id: "smic.monthly",
  description: "SMIC brut mensuel, 35 h hebdomadaires (métropole et DOM hors Mayotte)",
  unit: "EUR/month",
  values: rows.map(([effectiveFrom, value]): DatedValue<number> => ({
    effectiveFrom,
    value,
    sources: smicTexts[effectiveFrom]!,
    verified: effectiveFrom !== "2026-06-01",
    ...(effectiveFrom === "2026-06-01"
      ? { note: "Single source: OpenFisca-France (smic_b_mensuel.yaml) citing the arrêté du 22 mai 2026; not cross-checked." }
      : {}),
  })),
};
