import type { Pay, PayFactor } from "./PaySchema.js";
import { isRecord } from "../validate/isRecord.js";
import { readOptions } from "../validate/readOptions.js";
import { formatAmount } from "./formatAmount.js";

const FACTOR_FR: Record<PayFactor, string> = {
  qualification: "la qualification",
  experience: "l'expérience",
  profile: "le profil",
  age: "l'âge",
  seniority: "l'ancienneté",
  hours: "le nombre d'heures",
};

const FACTOR_EN: Record<PayFactor, string> = {
  qualification: "qualification",
  experience: "experience",
  profile: "profile",
  age: "age",
  seniority: "seniority",
  hours: "hours worked",
};

function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/**
 * Formats a {@link Pay} as postings write it, in French (default) or English, from its structured
 * fields (not from `text`): the amount ("de 1 700 à 2 000 € brut par mois", "3 000 € brut pour la
 * mission", "11,88 € brut de l'heure"), the agreement grid ("selon la grille de la convention
 * collective", ", avec un complément négocié"), "à négocier", what pay depends on ("selon le profil
 * et l'expérience"), the statutory amount, then, each after a semicolon, the daily rate and the
 * expenses envelope. Parts of the main statement are separated by commas.
 *
 * Numbers: thousands are grouped by a narrow no-break space (U+202F) and the euro sign follows a
 * no-break space (U+00A0), as in the Unicode CLDR French data; the output is built without
 * `toLocaleString`, so it is the same on every machine. English: "€1,700 to €2,000 gross per month".
 *
 * A pay with none of these fields gives its `text`, else "non précisée" / "not stated". Never throws:
 * a value that is not a pay object, or whose reading throws, gives "non précisée" / "not stated";
 * fields of the wrong type are left out; options that are not an object are ignored.
 * The French output is read back by `parsePay` to the same structure (amount, agreement, negotiable,
 * dependsOn, statutory, daily rate, expenses amount).
 *
 * @param pay - The pay, as in `JobPosting.pay`.
 * @param options - `locale`: `"fr"` (default) or `"en"`.
 * @returns The pay statement.
 * @example
 * ```ts
 * formatPay({ amount: { min: 1700, max: 2000, currency: "EUR", basis: "gross", period: "month" } });
 * // "de 1 700 à 2 000 € brut par mois"
 * formatPay({ negotiable: true }, { locale: "en" }); // "negotiable"
 * ```
 */
export function formatPay(pay: Pay, options?: { locale?: "fr" | "en" }): string {
  const en = readOptions(options, ["locale"]).locale === "en";
  const notStated = en ? "not stated" : "non précisée";
  if (!isRecord(pay)) return notStated;
  try {
    return format(pay, en) ?? (typeof pay.text === "string" ? pay.text : notStated);
  } catch {
    return notStated;
  }
}

const own = <T extends object>(table: T, key: unknown): key is keyof T => typeof key === "string" && Object.prototype.hasOwnProperty.call(table, key);

/** The pay statement from the structured fields, or undefined when they say nothing. */
function format(pay: Pay, en: boolean): string | undefined {
  const locale = en ? "en" : "fr";
  const main: string[] = [];
  if (pay.amount) {
    const a = formatAmount(pay.amount, { locale });
    if (a) main.push(a);
  }
  if (pay.followsAgreement) {
    let s = en ? "according to the collective agreement grid" : "selon la grille de la convention collective";
    if (pay.complementNegotiable) s += en ? ", with a negotiated complement" : ", avec un complément négocié";
    main.push(s);
  } else if (pay.complementNegotiable) {
    main.push(en ? "with a negotiated complement" : "avec un complément négocié");
  }
  const factorNames = en ? FACTOR_EN : FACTOR_FR;
  const known = Array.isArray(pay.dependsOn) ? pay.dependsOn.filter((f) => own(factorNames, f)) : [];
  const factors = known.length
    ? joinList(
        known.map((f) => factorNames[f]),
        en ? "and" : "et",
      )
    : undefined;
  if (pay.negotiable) {
    if (factors) main.push(en ? `negotiable depending on ${factors}` : `à négocier selon ${factors}`);
    else main.push(en ? "negotiable" : "à négocier");
  } else if (factors) {
    main.push(en ? `depending on ${factors}` : `selon ${factors}`);
  }
  if (pay.statutory) main.push(en ? "the statutory amount in force" : "selon le montant légal en vigueur");

  const clauses: string[] = [];
  if (main.length) clauses.push(main.join(", "));
  if (isRecord(pay.dailyRate)) {
    const withPeriod = pay.dailyRate.period !== "day";
    const a = formatAmount(pay.dailyRate, { locale, withPeriod });
    if (a) clauses.push(en ? `daily rate: ${a}` : `tarif journalier : ${a}`);
  } else if (pay.dailyRateToPropose) {
    clauses.push(en ? "daily rate to be proposed" : "tarif journalier à proposer");
  }
  if (typeof pay.expenses === "object" && pay.expenses !== null) {
    const e = pay.expenses;
    let s = en ? "expenses envelope" : "enveloppe de frais";
    const a = e.amount ? formatAmount(e.amount, { locale, withPeriod: e.amount.period !== "mission" }) : "";
    if (a) s += en ? ` of ${a}` : /^(de |à partir|jusqu)/.test(a) ? ` ${a}` : a.startsWith("environ ") ? ` d'${a}` : ` de ${a}`;
    if (typeof e.covers === "string" && e.covers) s += ` (${e.covers})`;
    if (typeof e.approval === "string" && e.approval) s += en ? `, approved ${e.approval}` : `, ${e.approval}`;
    clauses.push(s);
  }
  if (clauses.length === 0) return undefined;
  return clauses.join(en ? "; " : " ; ");
}
