import type { DatedValue, Parameter } from "../Parameter.js";
import { pssTexts } from "./pssTexts.js";

const rows: readonly (readonly [string, number])[] = [
  ["2015-01-01", 38040],
  ["2016-01-01", 38616],
  ["2017-01-01", 39228],
  ["2018-01-01", 39732],
  ["2019-01-01", 40524],
  ["2020-01-01", 41136],
  ["2021-01-01", 41136],
  ["2022-01-01", 41136],
  ["2023-01-01", 43992],
  ["2024-01-01", 46368],
  ["2025-01-01", 47100],
  ["2026-01-01", 48060],
];

/**
 * Plafond annuel de la sécurité sociale (PASS), EUR/year, set each year by arrêté. From 2015-01-01.
 *
 * @example
 * ```ts
 * valueAt(pssAnnual, "2026-01-01")?.value; // 48060
 * ```
 */
export const pssAnnual: Parameter<number> = {
  id: "socialSecurityCeiling.annual",
  description: "Plafond annuel de la sécurité sociale (PASS)",
  unit: "EUR/year",
  values: rows.map(([effectiveFrom, value]): DatedValue<number> => ({
    effectiveFrom,
    value,
    sources: pssTexts[effectiveFrom]!,
    verified: true,
  })),
};
