// French (and English) wording of dates and amounts, independent of the browser's locale settings:
// "17 juillet 2023", "1er mai 2023", "1 747,20 €"; dates typed as "17/07/2023" in French.
import { formatEuros } from "../../src/index.js";

type Locale = "fr" | "en";

const MONTHS: Record<Locale, string[]> = {
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2023-07-17" → "17 juillet 2023" ("1er mai 2023"), "17 July 2023"; `undefined` for anything else. */
export function longDate(iso: string, locale: Locale): string | undefined {
  const m = ISO.exec(iso);
  if (!m) return undefined;
  const month = MONTHS[locale][Number(m[2]) - 1];
  const day = Number(m[3]);
  if (!month || day < 1 || day > 31) return undefined;
  return `${locale === "fr" && day === 1 ? "1er" : day} ${month} ${m[1]}`;
}

/** Replaces every ISO date of a sentence by its long form ("au 2023-05-01" → "au 1er mai 2023"). */
export function longDatesIn(text: string, locale: Locale): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => longDate(iso, locale) ?? iso);
}

/** An ISO date as typed in the form: "17/07/2023" in French, unchanged in English. */
export function writeDate(iso: string, locale: Locale): string {
  const m = ISO.exec(iso);
  return m && locale === "fr" ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** What the person typed, as an ISO date when it reads as one ("17/07/2023", "17.7.2023", "2023-07-17"), else as typed. */
export function readDate(text: string): string {
  const t = text.trim();
  if (ISO.test(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : t;
}

/** "1 747,20 €" (narrow no-break space, no-break space before €) or "€1,747.20". */
export function euros(amount: number, locale: Locale): string {
  const figure = formatEuros(amount, { locale });
  return locale === "fr" ? `${figure}\u00a0€` : `€${figure}`;
}
