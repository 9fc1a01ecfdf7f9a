import type { PayAmount } from "./PayAmountSchema.js";
import { isRecord } from "../validate/isRecord.js";
import { readOptions } from "../validate/readOptions.js";
import { formatEuros } from "./formatEuros.js";

/** No-break space (U+00A0), between a French amount and the euro sign ("1 700 €"). */
const NBSP = "\u00a0";

const PERIOD_FR: Record<PayAmount["period"], string> = {
  hour: "de l'heure",
  day: "par jour",
  week: "par semaine",
  month: "par mois",
  year: "par an",
  mission: "pour la mission",
};

const PERIOD_EN: Record<PayAmount["period"], string> = {
  hour: "per hour",
  day: "per day",
  week: "per week",
  month: "per month",
  year: "per year",
  mission: "for the mission",
};

/**
 * Formats a {@link PayAmount} as postings write it: the figure or range, then gross/net, HT/TTC,
 * the period and, when stated, the number of months ("sur 13 mois"). French puts the euro sign
 * after the figure, separated by a no-break space (U+00A0), and groups thousands with a narrow
 * no-break space (U+202F); English puts it before ("€1,700"). `options.withPeriod: false` leaves
 * the period out (for a daily rate already introduced as such). An amount with neither `value`
 * nor `min`/`max` gives the empty string.
 *
 * Never throws: a value that is not an amount object, or whose reading throws, gives `""`; fields of
 * the wrong type are left out; options that are not an object are ignored.
 *
 * @param amount - The amount, as in `Pay.amount`.
 * @param options - `locale` (`"fr"` by default, or `"en"`); `withPeriod: false` to leave the period out.
 * @returns The amount in words.
 * @example
 * ```ts
 * formatAmount({ min: 1700, max: 2000, currency: "EUR", basis: "gross", period: "month" });
 * // "de 1 700 à 2 000 € brut par mois"
 * formatAmount({ value: 11.88, currency: "EUR", period: "hour" }, { locale: "en" });
 * // "€11.88 per hour"
 * ```
 */
export function formatAmount(amount: PayAmount, options?: { locale?: "fr" | "en"; withPeriod?: boolean }): string {
  if (!isRecord(amount)) return "";
  const o = readOptions(options, ["locale", "withPeriod"]);
  try {
    return format(amount, o.locale === "en", o.withPeriod !== false);
  } catch {
    return "";
  }
}

const own = <T extends object>(table: T, key: unknown): key is keyof T => typeof key === "string" && Object.prototype.hasOwnProperty.call(table, key);
const numberOrUndefined = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

function format(amount: PayAmount, en: boolean, withPeriod: boolean): string {
  const eur = (n: number) => (en ? `€${formatEuros(n, { locale: "en" })}` : `${formatEuros(n)}${NBSP}€`);
  const num = (n: number) => formatEuros(n, { locale: en ? "en" : "fr" });
  const approx = amount.approximate === true;
  let figure: string;
  const value = numberOrUndefined(amount.value);
  const min = numberOrUndefined(amount.min);
  const max = numberOrUndefined(amount.max);
  if (value !== undefined) {
    figure = en ? `${approx ? "about " : ""}${eur(value)}` : `${approx ? "environ " : ""}${eur(value)}`;
  } else if (min !== undefined && max !== undefined) {
    if (en) figure = `${approx ? "about " : ""}${eur(min)} to ${eur(max)}`;
    else figure = approx ? `environ ${num(min)} à ${eur(max)}` : `de ${num(min)} à ${eur(max)}`;
  } else if (min !== undefined) {
    figure = en ? `from ${approx ? "about " : ""}${eur(min)}` : `à partir ${approx ? "d'environ " : "de "}${eur(min)}`;
  } else if (max !== undefined) {
    figure = en ? `up to ${approx ? "about " : ""}${eur(max)}` : `jusqu'à ${approx ? "environ " : ""}${eur(max)}`;
  } else {
    return "";
  }
  const parts = [figure];
  if (amount.basis === "gross") parts.push(en ? "gross" : "brut");
  if (amount.basis === "net") parts.push("net");
  if (amount.tax === "excluding-vat") parts.push(en ? "excl. VAT" : "HT");
  if (amount.tax === "including-vat") parts.push(en ? "incl. VAT" : "TTC");
  const periods = en ? PERIOD_EN : PERIOD_FR;
  if (withPeriod && own(periods, amount.period)) parts.push(periods[amount.period]);
  if (typeof amount.monthsPerYear === "number") {
    parts.push(en ? `over ${num(amount.monthsPerYear)} months` : `sur ${num(amount.monthsPerYear)} mois`);
  }
  return parts.join(" ");
}
