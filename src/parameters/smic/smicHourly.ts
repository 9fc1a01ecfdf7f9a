import type { DatedValue, Parameter } from "../Parameter.js";
import { smicTexts } from "./smicTexts.js";

const NOTE_2026_06 =
  "Single source: OpenFisca-France (commit 7a3fcd66, 2026-06-01) citing the arrêté du 22 mai 2026; not cross-checked.";

const rows: readonly (readonly [string, number])[] = [
  ["2015-01-01", 9.61],
  ["2016-01-01", 9.67],
  ["2017-01-01", 9.76],
  ["2018-01-01", 9.88],
  ["2019-01-01", 10.03],
  ["2020-01-01", 10.15],
  ["2021-01-01", 10.25],
  ["2021-10-01", 10.48],
  ["2022-01-01", 10.57],
  ["2022-05-01", 10.85],
  ["2022-08-01", 11.07],
  ["2023-01-01", 11.27],
  ["2023-05-01", 11.52],
  ["2024-01-01", 11.65],
  ["2024-11-01", 11.88],
  // No revaluation on 2025-01-01: the 2024-11-01 rise anticipated it; 11.88 stays until 2025-12-31.
  ["2026-01-01", 12.02],
  ["2026-06-01", 12.31],
];

/**
 * Gross hourly SMIC (salaire minimum de croissance), EUR/hour, in metropolitan France, Guadeloupe,
 * Guyane, Martinique, La Réunion, Saint-Barthélemy, Saint-Martin and Saint-Pierre-et-Miquelon (Mayotte
 * has its own rate: {@link smicHourlyMayotte}). From 2015-01-01. There was no revaluation on 2025-01-01.
 *
 * @example
 * ```ts
 * valueAt(smicHourly, "2024-10-31")?.value; // 11.65
 * valueAt(smicHourly, "2024-11-01")?.value; // 11.88
 * ```
 */
export const smicHourly: Parameter<number> = {
  id: "smic.hourly",
  description: "SMIC brut horaire (métropole et DOM hors Mayotte)",
  unit: "EUR/hour",
  values: rows.map(([effectiveFrom, value]): DatedValue<number> => ({
    effectiveFrom,
    value,
    sources: smicTexts[effectiveFrom]!,
    verified: effectiveFrom !== "2026-06-01",
    ...(effectiveFrom === "2026-06-01" ? { note: NOTE_2026_06 } : {}),
  })),
};
