import type { Locale } from "../validate/Diagnostic.js";
import { isRecord } from "../validate/isRecord.js";
import { readOptions } from "../validate/readOptions.js";
import { legalWeeklyHoursAt } from "../parameters/workingTime/legalWeeklyHoursAt.js";
import { estimatedEmployeeContributionRate } from "../parameters/pay/estimatedEmployeeContributionRate.js";
import { valueAt } from "../parameters/valueAt.js";
import type { Source } from "../parameters/Parameter.js";
import type { PayAmount } from "./PayAmountSchema.js";
import type { Pay } from "./PaySchema.js";
import type { PayAssumption } from "./PayAssumption.js";
import type { PayRange } from "./PayRange.js";

/** Options of {@link normalisePay}: what the pay statement alone does not say. */
export interface NormalisePayOptions {
  /** Hours worked per week. Default: the legal full-time week at `date` (35 h). */
  weeklyHours?: number;
  /** Length of the mission in months, needed for an amount per whole mission. */
  missionMonths?: number;
  /** Hours in a working day, to convert a daily rate. Default 7. */
  hoursPerDay?: number;
  /** `fee` for a freelance fee (no gross or net), `salary` otherwise. Default `salary`. */
  kind?: "salary" | "fee";
  /** Status used to estimate gross from net. Default `non-cadre`. */
  status?: "non-cadre" | "cadre";
  /** Date of the parameters used (legal week, contribution rates), `YYYY-MM-DD`. Default today. */
  date?: string;
  /** Language of the assumptions. Default `fr`. */
  locale?: Locale;
}

/** A pay statement expressed per hour, month and year, at the job's working time and full time. */
export interface NormalisedPay {
  /** `gross` salary (a net figure is converted, see `estimated`), or a freelance `fee`. */
  basis: "gross" | "fee";
  /** Per hour worked. */
  hourly: PayRange;
  /** Per month, at the job's working time. */
  monthly: PayRange;
  /** Per year: the monthly figure times `monthsPerYear`, or the stated annual figure. */
  annual: PayRange;
  /** Per month for a full-time week (the legal 35 h, 151.67 h a month): the full-time equivalent. */
  fullTimeMonthly: PayRange;
  /** The weekly hours the figures are computed for. */
  weeklyHours: number;
  /** On how many months a year the pay is paid (12, 13…). */
  monthsPerYear: number;
  /** True when a figure rests on an estimate (a net amount converted to gross). */
  estimated: boolean;
  /** What had to be assumed, in order. */
  assumptions: PayAssumption[];
  /** The texts the computation rests on. */
  sources: Source[];
}

/** Why a pay statement could not be normalised. */
export interface NormalisePayFailure {
  /** Always `false`: see `reason`. */
  ok: false;
  /**
   * `no-amount` (nothing to compute from), `no-mission-length` (an amount per mission without a
   * duration), `invalid-input` (the pay is not an object, or cannot be read).
   */
  reason: "no-amount" | "no-mission-length" | "invalid-input";
  /** The reason in a sentence. */
  message: string;
}

const WEEKS_PER_MONTH = 52 / 12;
const round2 = (x: number) => Math.round(x * 100) / 100;
const range = (min: number, max: number): PayRange => ({ min: round2(min), max: round2(max) });
const today = () => new Date().toISOString().slice(0, 10);
const frNumber = (x: number) => String(round2(x)).replace(".", ",");

const TEXT = {
  "full-time-assumed": {
    fr: (h: number) => `Temps de travail non précisé : temps plein supposé (${frNumber(h)} h par semaine).`,
    en: (h: number) => `Working time not stated: full time assumed (${h} h a week).`,
  },
  "gross-assumed": {
    fr: () => "Ni brut ni net précisé : montant supposé brut, comme l'usage des offres en France.",
    en: () => "Neither gross nor net stated: the amount is assumed gross, as French postings usually state it.",
  },
  "net-converted": {
    fr: (r: number) => `Montant net converti en brut avec un taux de cotisations salariales estimé à ${frNumber(r * 100)} % (estimation).`,
    en: (r: number) => `Net amount converted to gross with an estimated employee contribution rate of ${round2(r * 100)}% (estimate).`,
  },
  "daily-rate": {
    fr: (h: number) => `Taux journalier rapporté à des journées de ${frNumber(h)} h.`,
    en: (h: number) => `Daily rate counted on days of ${h} h.`,
  },
  "mission-spread": {
    fr: (m: number) => `Montant de la mission réparti sur ${frNumber(m)} mois.`,
    en: (m: number) => `Mission amount spread over ${round2(m)} months.`,
  },
  "no-amount": { fr: () => "Aucun montant n'est indiqué.", en: () => "No amount is stated." },
  "invalid-input": { fr: () => "Ce n'est pas une rémunération lisible (un objet Pay était attendu).", en: () => "This is not a readable pay statement (a Pay object was expected)." },
  "no-mission-length": {
    fr: () => "Montant pour l'ensemble de la mission sans durée connue : impossible de le rapporter au mois.",
    en: () => "An amount for the whole mission with no known length: it cannot be expressed per month.",
  },
} as const;

/** The stated bounds of an amount, or undefined when it has none. */
export function amountBounds(amount: PayAmount): PayRange | undefined {
  const min = amount.value ?? amount.min ?? amount.max;
  const max = amount.value ?? amount.max ?? amount.min;
  return min === undefined || max === undefined ? undefined : { min: Math.min(min, max), max: Math.max(min, max) };
}

/**
 * Expresses a pay statement per hour, per month at the job's working time, per year and as a full-time
 * monthly equivalent (35 h a week, 151.67 h a month), gross. A net amount is converted with estimated
 * contribution rates (flagged `estimated`), and every assumption is listed. A freelance fee keeps its
 * figures as a `fee`.
 *
 * Never throws: a `pay` that is not an object, or whose reading throws, gives `{ ok: false, reason:
 * "invalid-input" }`; options that are not an object, or of the wrong type, are ignored.
 *
 * @param pay - The posting's pay.
 * @param options - What the pay statement does not say: weekly hours, mission length, status, date.
 * @returns The normalised figures, or the reason they cannot be computed.
 * @example
 * ```ts
 * const n = normalisePay({ amount: { value: 11.88, currency: "EUR", basis: "gross", period: "hour" } }, { date: "2025-03-01" });
 * // n.ok && n.monthly → { min: 1801.8, max: 1801.8 }
 * ```
 */
export function normalisePay(pay: Pay, options: NormalisePayOptions = {}): (NormalisedPay & {
  /** The pay was normalised. */
  ok: true;
}) | NormalisePayFailure {
  return normalisePayWith(pay, readOptions(options, ["weeklyHours", "missionMonths", "hoursPerDay", "kind", "status", "date", "locale"]));
}

/**
 * {@link normalisePay} on options already read: an object of the library's own (`postingPayContext`'s),
 * whose properties can be read without a guard; each is still checked for its type, as
 * {@link normalisePay} checks the caller's.
 * @internal
 */
export function normalisePayWith(pay: Pay, o: NormalisePayOptions | Partial<Record<keyof NormalisePayOptions, unknown>>): (NormalisedPay & { ok: true }) | NormalisePayFailure {
  const locale: Locale = o.locale === "en" ? "en" : "fr";
  if (!isRecord(pay)) return { ok: false, reason: "invalid-input", message: TEXT["invalid-input"][locale]() };
  const checked: NormalisePayOptions = { locale };
  if (typeof o.weeklyHours === "number") checked.weeklyHours = o.weeklyHours;
  if (typeof o.missionMonths === "number") checked.missionMonths = o.missionMonths;
  if (typeof o.hoursPerDay === "number" && o.hoursPerDay > 0) checked.hoursPerDay = o.hoursPerDay;
  if (o.kind === "fee" || o.kind === "salary") checked.kind = o.kind;
  if (o.status === "cadre" || o.status === "non-cadre") checked.status = o.status;
  if (typeof o.date === "string") checked.date = o.date;
  try {
    return normalise(pay, checked, locale);
  } catch {
    return { ok: false, reason: "invalid-input", message: TEXT["invalid-input"][locale]() };
  }
}

/** Writes an assumption, in the locale asked for. */
function note(assumptions: PayAssumption[], locale: Locale, code: keyof typeof TEXT, arg = 0): void {
  assumptions.push({ code, message: (TEXT[code][locale] as (a: number) => string)(arg) });
}

function normalise(pay: Pay, options: NormalisePayOptions, locale: Locale): (NormalisedPay & { ok: true }) | NormalisePayFailure {
  const date = options.date ?? today();
  const assumptions: PayAssumption[] = [];
  const sources: Source[] = [];

  const amount = pay.amount ?? pay.dailyRate;
  const bounds = isRecord(amount) ? amountBounds(amount) : undefined;
  if (!amount || !bounds) return { ok: false, reason: "no-amount", message: TEXT["no-amount"][locale]() };

  const legalWeek = legalWeeklyHoursAt(date);
  const fullTime = legalWeek.value;
  let weeklyHours = options.weeklyHours;
  if (weeklyHours === undefined || !(weeklyHours > 0)) {
    weeklyHours = fullTime;
    note(assumptions, locale, "full-time-assumed", fullTime);
  }
  sources.push(...legalWeek.sources);
  const monthlyHours = weeklyHours * WEEKS_PER_MONTH;
  const monthsPerYear = amount.monthsPerYear ?? 12;
  const hoursPerDay = options.hoursPerDay ?? 7;

  let factor: number; // stated figure → monthly figure
  switch (amount.period) {
    case "hour":
      factor = monthlyHours;
      break;
    case "day":
      note(assumptions, locale, "daily-rate", hoursPerDay);
      factor = (weeklyHours / hoursPerDay) * WEEKS_PER_MONTH;
      break;
    case "week":
      factor = WEEKS_PER_MONTH;
      break;
    case "month":
      factor = 1;
      break;
    case "year":
      factor = 1 / monthsPerYear;
      break;
    case "mission": {
      const months = options.missionMonths;
      if (months === undefined || !(months > 0)) return { ok: false, reason: "no-mission-length", message: TEXT["no-mission-length"][locale]() };
      note(assumptions, locale, "mission-spread", months);
      factor = 1 / months;
      break;
    }
  }

  const kind = options.kind ?? "salary";
  let toGross = 1;
  let estimated = false;
  if (kind === "salary") {
    if (amount.basis === "net") {
      const rates = valueAt(estimatedEmployeeContributionRate, date) ?? valueAt(estimatedEmployeeContributionRate, "2015-01-01")!;
      const rate = options.status === "cadre" ? rates.value.cadre : rates.value.nonCadre;
      toGross = 1 / (1 - rate);
      estimated = true;
      sources.push(...rates.sources);
      note(assumptions, locale, "net-converted", rate);
    } else if (amount.basis === undefined) note(assumptions, locale, "gross-assumed");
  }

  const monthlyMin = bounds.min * factor * toGross;
  const monthlyMax = bounds.max * factor * toGross;
  const fullTimeRatio = fullTime / weeklyHours;
  return {
    ok: true,
    basis: kind === "fee" ? "fee" : "gross",
    hourly: range(monthlyMin / monthlyHours, monthlyMax / monthlyHours),
    monthly: range(monthlyMin, monthlyMax),
    annual: amount.period === "year" ? range(bounds.min * toGross, bounds.max * toGross) : range(monthlyMin * monthsPerYear, monthlyMax * monthsPerYear),
    fullTimeMonthly: range(monthlyMin * fullTimeRatio, monthlyMax * fullTimeRatio),
    weeklyHours,
    monthsPerYear,
    estimated,
    assumptions,
    sources,
  };
}
