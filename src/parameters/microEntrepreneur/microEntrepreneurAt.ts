import type { Parameter } from "../Parameter.js";
import { valueAt } from "../valueAt.js";
import type { MicroEntrepreneurActivity } from "./MicroEntrepreneurActivity.js";
import type { MicroEntrepreneurReading } from "./MicroEntrepreneurReading.js";
import { microEntrepreneurRateBicSales } from "./microEntrepreneurRateBicSales.js";
import { microEntrepreneurRateBicServices } from "./microEntrepreneurRateBicServices.js";
import { microEntrepreneurRateBnc } from "./microEntrepreneurRateBnc.js";
import { microEntrepreneurRateBncCipav } from "./microEntrepreneurRateBncCipav.js";
import { microEntrepreneurSalesCeiling } from "./microEntrepreneurSalesCeiling.js";
import { microEntrepreneurServicesCeiling } from "./microEntrepreneurServicesCeiling.js";

const SERIES: Record<MicroEntrepreneurActivity, { ceiling: Parameter<number>; rate: Parameter<number> }> = {
  bnc: { ceiling: microEntrepreneurServicesCeiling, rate: microEntrepreneurRateBnc },
  "bnc-cipav": { ceiling: microEntrepreneurServicesCeiling, rate: microEntrepreneurRateBncCipav },
  "bic-services": { ceiling: microEntrepreneurServicesCeiling, rate: microEntrepreneurRateBicServices },
  "bic-sales": { ceiling: microEntrepreneurSalesCeiling, rate: microEntrepreneurRateBicSales },
};

/**
 * The micro-entrepreneur turnover ceiling and social-contribution rate in force on a date for an
 * activity. Returns `undefined` for a malformed date, an unknown activity (or one that is not a
 * string) or a date before the data (2018-01-01). Never throws.
 *
 * @param date - The date, `YYYY-MM-DD`.
 * @param activity - The kind of activity: BNC (liberal professions, SSI or CIPAV), BIC services or sales.
 * @returns The ceiling and contribution rate in force, with their sources, or `undefined`.
 * @example
 * ```ts
 * microEntrepreneurAt("2024-07-01", "bnc");
 * // { activity: "bnc", ceiling: 77700, contributionRate: 0.231, … }
 * ```
 */
export function microEntrepreneurAt(date: string, activity: MicroEntrepreneurActivity): MicroEntrepreneurReading | undefined {
  const series = typeof activity === "string" && Object.prototype.hasOwnProperty.call(SERIES, activity) ? SERIES[activity] : undefined;
  if (!series) return undefined;
  const ceiling = valueAt(series.ceiling, date);
  const rate = valueAt(series.rate, date);
  if (!ceiling || !rate) return undefined;
  return {
    activity,
    ceiling: ceiling.value,
    contributionRate: rate.value,
    ceilingEffectiveFrom: ceiling.effectiveFrom,
    rateEffectiveFrom: rate.effectiveFrom,
    sources: [...ceiling.sources, ...rate.sources],
    verified: ceiling.verified && rate.verified,
  };
}
