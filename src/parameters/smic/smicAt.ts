import { valueAt } from "../valueAt.js";
import { readOptions } from "../../validate/readOptions.js";
import type { Source } from "../Parameter.js";
import type { SmicReading } from "./SmicReading.js";
import { smicHourly } from "./smicHourly.js";
import { smicHourlyMayotte } from "./smicHourlyMayotte.js";
import { smicMonthly } from "./smicMonthly.js";
import { smicMonthlyMayotte } from "./smicMonthlyMayotte.js";

/**
 * The gross SMIC (hourly and monthly for 35 h) in force on a date, in metropolitan France and the
 * overseas departments other than Mayotte (default) or in Mayotte. Returns `undefined` for a malformed
 * date, a date before the series (2015-01-01; Mayotte 2018-01-01) or a period whose value is unknown
 * (Mayotte from 2026-06-01). Never throws.
 *
 * @param date - The date, `YYYY-MM-DD`.
 * @param options - `territory`: `"metropole"` (default: metropolitan France and the other overseas
 *   departments) or `"mayotte"`.
 * @returns The hourly and monthly SMIC in force, with its sources, or `undefined`.
 * @example
 * ```ts
 * smicAt("2024-10-31")?.hourly; // 11.65
 * smicAt("2024-11-01")?.monthly; // 1801.8
 * smicAt("2026-01-01", { territory: "mayotte" })?.hourly; // 9.33
 * ```
 */
export function smicAt(date: string, options?: { territory?: SmicReading["territory"] }): SmicReading | undefined {
  const territory: SmicReading["territory"] = readOptions(options, ["territory"]).territory === "mayotte" ? "mayotte" : "metropole";
  const hourly = valueAt(territory === "mayotte" ? smicHourlyMayotte : smicHourly, date);
  const monthly = valueAt(territory === "mayotte" ? smicMonthlyMayotte : smicMonthly, date);
  if (hourly === undefined || monthly === undefined) return undefined;
  const sources: Source[] = [...hourly.sources];
  for (const s of monthly.sources) if (!sources.some((t) => t.label === s.label && t.url === s.url)) sources.push(s);
  return {
    hourly: hourly.value,
    monthly: monthly.value,
    effectiveFrom: hourly.effectiveFrom > monthly.effectiveFrom ? hourly.effectiveFrom : monthly.effectiveFrom,
    source: sources[0]!,
    sources,
    verified: hourly.verified && monthly.verified,
    territory,
  };
}
