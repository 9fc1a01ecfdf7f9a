import type { Locale } from "../validate/Diagnostic.js";
import { euroDigits } from "./formatEuros.js";

/** No-break space (U+00A0), between a French amount and the euro sign. */
const NBSP = "\u00a0";

/**
 * An amount of euros with its sign, rounded to the cent, as the library's messages, steps and
 * computations write it: `"1 854,37 €"` in French (thousands grouped by a narrow no-break space
 * U+202F, the sign after a no-break space U+00A0), `"€1,854.37"` in English. A whole amount has no
 * decimals unless `cents` (`"22 100 €"`, or `"22 100,00 €"` with `cents`). The digits come from
 * `formatEuros`.
 *
 * @param amount - A number of euros.
 * @param locale - `"fr"` (default) or `"en"`.
 * @param options - `cents: true` to write two decimals even for a whole amount.
 * @returns The amount with its euro sign.
 * @example
 * ```ts
 * euros(1854.37); // "1\u202f854,37\u00a0€"
 * euros(1700, "fr", { cents: true }); // "1\u202f700,00\u00a0€"
 * euros(1854.37, "en"); // "€1,854.37"
 * ```
 * @internal
 */
export function euros(amount: number, locale: Locale = "fr", options: { cents?: boolean } = {}): string {
  const en = locale === "en";
  const rounded = Number.isFinite(amount) && Math.abs(amount) < 1e15 ? Math.round(amount * 100) / 100 : amount;
  const negative = rounded < 0;
  let digits = euroDigits(Math.abs(rounded), en);
  if (options.cents && Number.isInteger(rounded) && Math.abs(rounded) < 1e15) digits += en ? ".00" : ",00";
  const sign = negative ? "-" : "";
  return en ? `${sign}€${digits}` : `${sign}${digits}${NBSP}€`;
}
