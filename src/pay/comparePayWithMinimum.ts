import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import type { Locale } from "../validate/Diagnostic.js";
import type { LegalMinimum } from "./LegalMinimum.js";
import { isRecord } from "../validate/isRecord.js";
import { euros } from "./euros.js";
import { legalMinimumOptions } from "./legalMinimumOptions.js";
import { legalMinimumPay, legalMinimumsWith, type LegalMinimumOptions, type MinimumReaders } from "./legalMinimumPay.js";
import { agreementMinimumPay } from "../agreement/agreementMinimumPay.js";
import { amountBounds, normalisePayWith, type NormalisedPay } from "./normalisePay.js";
import { paidWeeklyHours } from "./paidWeeklyHours.js";
import { postingPayContext } from "./postingPayContext.js";
import { legalWeeklyHoursAt } from "../parameters/workingTime/legalWeeklyHoursAt.js";
import type { PayRange } from "./PayRange.js";

/** How a contract's stated pay compares with its legal minimum. */
export type PayComparisonStatus =
  /** The whole stated range is at or above the minimum. */
  | "meets"
  /** The lower bound is below the minimum, the upper bound is not. */
  | "partly-below"
  /** The whole stated range is below the minimum. */
  | "below"
  /** No legal minimum applies (freelance, bénévolat, short stage). */
  | "not-applicable"
  /** The posting states no amount to compare ("à négocier", "selon la grille"). */
  | "no-amount"
  /** An amount is stated but cannot be compared (a mission amount without a length, no minimum known at the date). */
  | "unknown";

/** The comparison of one contract's stated pay with its legal minimum. */
export interface PayComparison {
  /** The contract's index in `posting.contracts`. */
  contractIndex: number;
  /** The outcome. */
  status: PayComparisonStatus;
  /** The legal minimum it is compared with. */
  minimum: LegalMinimum;
  /** The stated pay per month at the job's working time, in the minimum's basis (gross, or net for the service-civique indemnity). */
  statedMonthly?: PayRange;
  /** The stated pay normalised, when it has an amount. */
  stated?: NormalisedPay;
  /** How much a month the lower bound lacks to reach the minimum (0 when it meets it). */
  shortfall?: number;
  /** The outcome in a sentence, in the locale asked for. */
  message: string;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
/** Amounts in steps and messages are written with their cents: "1 766,92 €", "1 700,00 €". */
const CENTS = { cents: true } as const;

/**
 * Compares each contract's stated pay with its legal minimum ({@link legalMinimumPay}) at the
 * posting's date, on the same working time. A net salary is converted to gross with estimated rates
 * (flagged in `stated.estimated`); the service-civique indemnity and the stage gratification are
 * compared as stated.
 *
 * Never throws: a value that is not a posting gives `[]` (as {@link legalMinimumPay} does); a pay that
 * cannot be read gives the status `unknown`; options that are not an object are ignored.
 *
 * @param posting - A posting that passed the schema.
 * @param options - As for {@link legalMinimumPay}.
 * @returns One comparison per contract.
 * @example
 * ```ts
 * const posting: JobPosting = {
 *   title: "Animateur·rice enfance",
 *   organisation: { name: "Centre social des Lilas" },
 *   contracts: [{ type: "cdi" }],
 *   collectiveAgreement: { idcc: "1518", classification: { group: "B" } },
 *   workingTime: { weeklyHours: { value: 28 } },
 *   pay: { amount: { value: 1450, currency: "EUR", basis: "gross", period: "month" } },
 * };
 * const [c] = comparePayWithMinimum(posting, { date: "2024-06-01" });
 * c?.status; // "below"
 * c?.shortfall; // 33.5 (1 483,50 € − 1 450 €)
 * c?.message; // "Le montant indiqué (1 450,00 € par mois) est inférieur au minimum de 1 483,50 €."
 * ```
 */
export function comparePayWithMinimum(posting: JobPosting, options: LegalMinimumOptions = {}): PayComparison[] {
  return comparePay(posting, options, true);
}

/**
 * {@link comparePayWithMinimum}, with its sentences (`message`) written only when `withMessages`:
 * without, a compared amount's `message` is empty (the pay rules, which judge the figures and write
 * their own messages, do not read it). `readers`: how the agreement's grid is read (the pay rules share
 * one reading per run).
 * @internal
 */
export function comparePay(posting: JobPosting, options: LegalMinimumOptions, withMessages: boolean, readers: MinimumReaders = { agreementMinimumPay, text: true }): PayComparison[] {
  if (!isRecord(posting)) return [];
  return comparePayWith(posting, legalMinimumOptions(options), withMessages, readers);
}

/** {@link comparePay} with options already checked (as {@link legalMinimumOptions} returns them). @internal */
export function comparePayWith(posting: JobPosting, opts: LegalMinimumOptions, withMessages: boolean, readers: MinimumReaders): PayComparison[] {
  if (!isRecord(posting)) return [];
  const locale = opts.locale ?? "fr";
  const minimums = legalMinimumsWith(posting, opts, readers);
  const out: PayComparison[] = [];
  for (let i = 0; i < minimums.length; i++) {
    const minimum = minimums[i]!;
    try {
      out.push(compare(posting, minimum, locale, withMessages));
    } catch {
      out.push({ contractIndex: minimum.contractIndex, minimum, status: "unknown" as const, message: say(locale, "La rémunération indiquée ne peut pas être lue.", "The stated pay cannot be read.") });
    }
  }
  return out;
}

/** The French or the English text. */
const say = (locale: Locale, fr: string, en: string) => (locale === "fr" ? fr : en);

/** The comparison of one contract's stated pay with its minimum. */
function compare(posting: JobPosting, minimum: LegalMinimum, locale: Locale, withMessages: boolean): PayComparison {
  const contract = posting.contracts[minimum.contractIndex];
  const contractIndex = minimum.contractIndex;
  if (minimum.kind === "none")
    return { contractIndex, minimum, status: "not-applicable" as const, message: minimum.notes[0] ?? say(locale, "Aucun minimum légal ne s'applique.", "No legal minimum applies.") };
  const pay = typeof posting.pay === "object" && posting.pay !== null ? posting.pay : undefined;
  const amount = pay?.amount ?? pay?.dailyRate;
  if (!pay || !amount || typeof amount !== "object" || !amountBounds(amount))
    return { contractIndex, minimum, status: "no-amount" as const, message: say(locale, "Aucun montant n'est indiqué : rien à comparer au minimum.", "No amount is stated: nothing to compare with the minimum.") };
  const context = postingPayContext(posting, contract, minimum.date);
  // The indemnity and the gratification are stated as paid: no gross/net conversion.
  const asStated = minimum.kind === "service-civique-indemnity" || minimum.kind === "stage-gratification";
  // The context is a new object: completed in place (its keys in the order a copy would have).
  context.locale = locale;
  if (asStated) context.kind = "fee";
  const stated = normalisePayWith(pay, context);
  if (!stated.ok || !minimum.monthly) return { contractIndex, minimum, status: "unknown" as const, message: stated.ok ? minimum.notes.join(" ") : stated.message };
  const { ok: _ok, ...normalised } = stated;
  // An hourly rate is the base rate: the overtime premium of a week above 35 h comes on top of it, as the minimum counts it.
  const scale = amount.period === "hour" ? overtimeScale(posting, minimum, locale) : 1;
  if (scale !== 1) stated.monthly = { min: round2(stated.monthly.min * scale), max: round2(stated.monthly.max * scale) };
  const floor = minimum.monthly.min;
  const tolerance = 0.005;
  const shortfall = Math.max(0, round2(floor - stated.monthly.min));
  const status = stated.monthly.max + tolerance < floor ? "below" : stated.monthly.min + tolerance < floor ? "partly-below" : "meets";
  const message = !withMessages
    ? ""
    : status === "meets"
      ? say(locale, `Le montant indiqué atteint le minimum (${euros(floor, locale, CENTS)} par mois).`, `The stated amount reaches the minimum (${euros(floor, locale, CENTS)} a month).`)
      : status === "below"
        ? round2(stated.monthly.min) === round2(stated.monthly.max)
          ? say(
              locale,
              `Le montant indiqué (${euros(stated.monthly.max, locale, CENTS)} par mois) est inférieur au minimum de ${euros(floor, locale, CENTS)}.`,
              `The stated amount (${euros(stated.monthly.max, locale, CENTS)} a month) is below the minimum of ${euros(floor, locale, CENTS)}.`,
            )
          : say(
              locale,
              `Toute la fourchette indiquée (de ${euros(stated.monthly.min, locale, CENTS)} à ${euros(stated.monthly.max, locale, CENTS)} par mois) est inférieure au minimum de ${euros(floor, locale, CENTS)}.`,
              `The whole stated range (${euros(stated.monthly.min, locale, CENTS)} to ${euros(stated.monthly.max, locale, CENTS)} a month) is below the minimum of ${euros(floor, locale, CENTS)}.`,
            )
        : say(
              locale,
            `Le bas de la fourchette (${euros(stated.monthly.min, locale, CENTS)} par mois) est inférieur au minimum de ${euros(floor, locale, CENTS)}.`,
            `The lower bound (${euros(stated.monthly.min, locale, CENTS)} a month) is below the minimum of ${euros(floor, locale, CENTS)}.`,
          );
  return { contractIndex, minimum, status, statedMonthly: stated.monthly, stated: normalised, shortfall, message };
}

/** Hours paid over hours worked for a salaried minimum of a week above 35 h (39 h → 40 / 39); 1 otherwise. */
function overtimeScale(posting: JobPosting, minimum: LegalMinimum, locale: Locale): number {
  const hours = minimum.weeklyHours;
  if ((minimum.kind !== "smic" && minimum.kind !== "agreement") || hours === undefined) return 1;
  return paidWeeklyHours(posting, hours, legalWeeklyHoursAt(minimum.date).value, minimum.date, locale).paid / hours;
}
