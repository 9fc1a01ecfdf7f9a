import type { DatedValue, Source } from "../Parameter.js";
import { pssHourly } from "../socialSecurityCeiling/pssHourly.js";
import { valueAt } from "../valueAt.js";
import type { StageGratificationReading } from "./StageGratificationReading.js";
import { stageGratificationRate } from "./stageGratificationRate.js";
import { stageGratificationThresholdHours } from "./stageGratificationThresholdHours.js";
import { stageGratificationThresholdMonths } from "./stageGratificationThresholdMonths.js";
import { stageMaxMonths } from "./stageMaxMonths.js";

/**
 * The minimum stage gratification (EUR/hour) and the stage limits in force on a date: the legal rate
 * times the hourly plafond de la sécurité sociale, rounded to the cent. The rate that applies is the
 * one in force when the stage agreement is signed; pass that date. Returns `undefined` for a malformed
 * date or a date before 2015-01-01 (start of the hourly plafond series). Never throws.
 *
 * @param date - The date the stage agreement is signed, `YYYY-MM-DD`.
 * @returns The hourly minimum, rate, ceiling and limits in force, with their sources, or `undefined`.
 * @example
 * ```ts
 * stageGratificationAt("2023-06-01")?.hourly; // 4.05
 * stageGratificationAt("2025-06-01")?.hourly; // 4.35
 * stageGratificationAt("2026-01-01")?.hourly; // 4.5
 * ```
 */
export function stageGratificationAt(date: string): StageGratificationReading | undefined {
  const rate = valueAt(stageGratificationRate, date);
  const ceiling = valueAt(pssHourly, date);
  const hours = valueAt(stageGratificationThresholdHours, date);
  const months = valueAt(stageGratificationThresholdMonths, date);
  const max = valueAt(stageMaxMonths, date);
  if (!rate || !ceiling || !hours || !months || !max) return undefined;
  const parts: DatedValue<number>[] = [rate, ceiling, hours, months, max];
  const sources: Source[] = [];
  for (const s of parts.flatMap((p) => p.sources)) {
    if (!sources.some((t) => t.label === s.label && t.url === s.url)) sources.push(s);
  }
  return {
    hourly: Math.round(rate.value * ceiling.value * 100) / 100,
    rate: rate.value,
    hourlyCeiling: ceiling.value,
    thresholdHours: hours.value,
    thresholdMonths: months.value,
    maxMonths: max.value,
    effectiveFrom: parts.map((p) => p.effectiveFrom).sort().at(-1)!,
    sources,
    verified: parts.every((p) => p.verified),
  };
}
