import { isIsoDate } from "../isIsoDate.js";
import { smicAt } from "../smic/smicAt.js";
import { valueAt } from "../valueAt.js";
import { readOptions } from "../../validate/readOptions.js";
import type { ProfessionalisationMinimumPay } from "./ProfessionalisationMinimumPay.js";
import { professionalisationAgreementMinimumShare } from "./professionalisationAgreementMinimumShare.js";
import { professionalisationPayRates } from "./professionalisationPayRates.js";

const round2 = (x: number): number => Math.round(x * 100 + Number.EPSILON * 100) / 100;

/**
 * The legal minimum gross pay of a contrat de professionnalisation on a date: under 26, a percentage of
 * the SMIC by age (< 21, 21–25) and initial qualification (below bac pro / at least bac pro or a
 * professional diploma of the same level, art. D6325-15); from 26, the SMIC, and at least 85 % of the
 * agreement's minimum (art. D6325-18), which the caller applies with `agreementMinimumShare`.
 *
 * Ages from 16 (integers) are accepted. When `qualifiedAtBacPro` is omitted, the lower floor is used and
 * `qualificationAssumed` is `true`. Returns `undefined` for a malformed date, an age below 16 or not an
 * integer, or a date before the data; never throws (an input that is not an object gives `undefined`).
 *
 * @param input - The `date`, the candidate's `age` in years, optionally `qualifiedAtBacPro` (holds at
 *   least a bac pro or a professional diploma of that level) and the SMIC's `territory`.
 * @returns The rate, monthly and hourly minima with their sources, or `undefined`.
 * @example
 * ```ts
 * professionalisationMinimumPayAt({ date: "2024-06-15", age: 22, qualifiedAtBacPro: true });
 * // { rate: 0.8, monthly: 1413.54, … }
 * ```
 */
export function professionalisationMinimumPayAt(input: {
  date: string;
  age: number;
  qualifiedAtBacPro?: boolean;
  territory?: "metropole" | "mayotte";
}): ProfessionalisationMinimumPay | undefined {
  // Read once, without throwing: a non-object or a throwing accessor gives undefined values.
  const { date, age, qualifiedAtBacPro, territory } = readOptions(input, ["date", "age", "qualifiedAtBacPro", "territory"]);
  if (!isIsoDate(date) || typeof age !== "number" || !Number.isInteger(age) || age < 16 || age > 120) return undefined;
  const grid = valueAt(professionalisationPayRates, date);
  const smic = smicAt(date, territory === "mayotte" ? { territory } : undefined);
  if (!grid || !smic) return undefined;
  const qualified = qualifiedAtBacPro === true;
  const row = age < 21 ? grid.value.under21 : age <= 25 ? grid.value.from21To25 : undefined;
  const share = row ? undefined : valueAt(professionalisationAgreementMinimumShare, date);
  if (!row && !share) return undefined;
  const rate = row ? (qualified ? row.bacProOrMore : row.belowBacPro) : grid.value.from26;
  return {
    rate,
    monthly: round2(rate * smic.monthly),
    hourly: round2(rate * smic.hourly),
    ageBracket: age < 21 ? "under-21" : age <= 25 ? "21-25" : "26+",
    qualification: row ? (qualified ? "bac-pro-or-more" : "below-bac-pro") : "any",
    qualificationAssumed: row !== undefined && typeof qualifiedAtBacPro !== "boolean",
    agreementMinimumShare: share ? share.value : null,
    smic: { hourly: smic.hourly, monthly: smic.monthly, effectiveFrom: smic.effectiveFrom },
    effectiveFrom: grid.effectiveFrom,
    sources: [...grid.sources, ...(share ? share.sources : []), ...smic.sources],
    verified: grid.verified && (share ? share.verified : true) && smic.verified,
  };
}
