import { readOptions } from "../../validate/readOptions.js";
import type { Pay } from "../PaySchema.js";
import { MAX_LENGTH, type ParsePayOptions, type ParsePayResult } from "./ParsePayResult.js";
import { fail, failure, type Locale } from "./failures.js";
import { normalise } from "./normalise.js";
import { parseNormalised } from "./parseNormalised.js";

/**
 * Parses a French pay statement, as postings and France Travail's `salaire.libelle` write it, into
 * a schema-valid {@link Pay}; `text` keeps the input verbatim. Accepted forms (see
 * docs/pay-parsing.md): an amount or range ("1700 à 2000€ brut", "1 700 – 2 000 € bruts mensuels",
 * "entre 25 et 28 k€ annuels", "12 €/h", "3000€ bruts pour l'ensemble de la mission",
 * "à partir de 1 700 €", "jusqu'à 2 000 €", "environ 1 000 €"), gross/net, HT/TTC, per hour, day,
 * week, month, year or mission, "sur 13 mois", "2 100 € brut x 12" / "× 13" (monthly); France
 * Travail's "Mensuel de 1830.0 Euros sur 12.0 mois", "Annuel de 39000.0 Euros à 41000.0 Euros sur
 * 12.0 mois", "Horaire de 11.88 Euros", "Autre";
 * and statements without a figure: "à négocier", "selon profil", "selon convention collective",
 * "selon grille CCN 66", "SMIC", "selon les règles de rémunération en vigueur", the fonction
 * publique's "grille indiciaire" (statutory); grid references, whose IDCC and classification come
 * back beside `pay` as `collectiveAgreement` ("coefficient 434 de la CCN 66", "grille ÉCLAT groupe
 * C"); pay relative to the SMIC (`smic`: "110 % du SMIC", "SMIC horaire + 1 €"); a service-civique
 * indemnity's State and host parts; an amount's weekly hours ("pour 18 heures par semaine"); job
 * boards' English ("€30K - €35K gross (Yearly)"). Each class has its reader in this folder.
 *
 * It never guesses: two amounts, two periods, brut and net together, a number it cannot place, or a
 * figure without a period return `pay-parse/ambiguous` — except that a gross or net amount with no
 * stated period is taken as monthly between 1 000 and 10 000 € and yearly between 15 000 and
 * 300 000 € (k€ counts as stated), with a warning. Nor does it misread: a minus sign on an amount
 * ("-1800 €") is `pay-parse/negative`, an exponent ("1e308 €") `pay-parse/unrecognised` quoting the
 * whole number, a plus before an amount ("SMIC + 150 €") `pay-parse/ambiguous`, and a zero amount
 * ("Mensuel de 0.00 Euros") or a number of months per year outside 12–14 ("sur 15 mois")
 * `pay-parse/out-of-range`. It never throws: non-string input gives
 * `pay-parse/invalid-input`, input over 1 000 characters `pay-parse/too-long` (before any work), and
 * every regular expression is linear.
 *
 * @param text - The pay statement, as the posting writes it.
 * @param options - `locale`: language of error and warning messages, `"fr"` (default) or `"en"`.
 * @returns `{ ok: true, pay, warnings? }`, or `{ ok: false, error: { code, message } }`.
 * @example
 * ```ts
 * parsePay("1700 à 2000€ brut par mois");
 * // { ok: true, pay: { amount: { min: 1700, max: 2000, currency: "EUR", period: "month", basis: "gross" },
 * //                    text: "1700 à 2000€ brut par mois" } }
 * parsePay("selon profil");
 * // { ok: true, pay: { dependsOn: ["profile"], text: "selon profil" } }
 * parsePay("1700 € brut ou 1350 € net", { locale: "en" });
 * // { ok: false, error: { code: "pay-parse/ambiguous", message: "Several amounts are stated …" } }
 * ```
 */
export function parsePay(text: string, options?: ParsePayOptions): ParsePayResult {
  const locale: Locale = readOptions(options, ["locale"]).locale === "en" ? "en" : "fr";
  try {
    if (typeof text !== "string") {
      return failure(fail("pay-parse/invalid-input", "Le texte de rémunération doit être une chaîne de caractères.", "The pay text must be a string."), locale);
    }
    if (text.length > MAX_LENGTH) {
      return failure(fail("pay-parse/too-long", `Le texte de rémunération dépasse ${MAX_LENGTH} caractères (${text.length}).`, `The pay text is longer than ${MAX_LENGTH} characters (${text.length}).`), locale);
    }
    const { s, at } = normalise(text);
    if (s.replace(/[\s;.,:\-–—_*•·()[\]"'«»]/g, "") === "") {
      return failure(fail("pay-parse/empty", "Le texte de rémunération est vide.", "The pay text is empty."), locale);
    }
    return parseNormalised(text, s, at, locale);
  } catch {
    // Defensive: nothing above is expected to throw, but parsePay must not.
    return failure(fail("pay-parse/unrecognised", "Le texte de rémunération n'a pas pu être lu.", "The pay text could not be read."), locale);
  }
}
