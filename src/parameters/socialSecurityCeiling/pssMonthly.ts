import type { DatedValue, Parameter } from "../Parameter.js";
import { pssTexts } from "./pssTexts.js";

const rows: readonly (readonly [string, number])[] = [
  ["2015-01-01", 3170],
  ["2016-01-01", 3218],
  ["2017-01-01", 3269],
  ["2018-01-01", 3311],
  ["2019-01-01", 3377],
  ["2020-01-01", 3428],
  ["2021-01-01", 3428],
  ["2022-01-01", 3428],
  ["2023-01-01", 3666],
  ["2024-01-01", 3864],
  ["2025-01-01", 3925],
  ["2026-01-01", 4005],
];

/**
 * Plafond mensuel de la sécurité sociale (PMSS), EUR/month, set each year by arrêté. From 2015-01-01.
 *
 * @example
 * ```ts
 * valueAt(pssMonthly, "2025-06-30")?.value; // 3925
 * ```
 */
export const pssMonthly: Parameter<number> = {
  id: "socialSecurityCeiling.monthly",
  description: "Plafond mensuel de la sécurité sociale (PMSS)",
  unit: "EUR/month",
  values: rows.map(([effectiveFrom, value]): DatedValue<number> => ({
    effectiveFrom,
    value,
    sources: pssTexts[effectiveFrom]!,
    verified: true,
  })),
};
