import { readOptions } from "../validate/readOptions.js";

/** Narrow no-break space (U+202F), the French thousands separator used by {@link formatEuros}. */
const NNBSP = "\u202f";

/**
 * Formats a number of euros without the currency sign, as French or English postings write it:
 * thousands grouped by a narrow no-break space (U+202F) in French and a comma in English, decimals
 * after a comma in French and a dot in English; whole amounts have no decimals, others two (cents),
 * or as many as the value needs when it is finer than the cent.
 *
 * The digits are built by hand, not with `toLocaleString` / `Intl`, so the output does not depend
 * on the ICU data of the machine. Amounts of 10^15 or more (beyond which a double no longer holds the
 * cents) are written in whole euros with all their digits, never in exponent notation ("1e+21").
 *
 * Never throws: `NaN` and infinities give `"NaN"`, `"Infinity"`, `"-Infinity"`; a value that is not a
 * number gives `""`; options that are not an object are ignored.
 *
 * @param value - A number of euros.
 * @param options - `locale`: `"fr"` (default) or `"en"`.
 * @returns The figure, without the euro sign.
 * @example
 * ```ts
 * formatEuros(1700); // "1\u202f700"
 * formatEuros(11.88); // "11,88"
 * formatEuros(39000, { locale: "en" }); // "39,000"
 * ```
 */
export function formatEuros(value: number, options?: { locale?: "fr" | "en" }): string {
  if (typeof value !== "number") return "";
  return euroDigits(value, readOptions(options, ["locale"]).locale === "en");
}

/**
 * {@link formatEuros} for the library's own callers, who pass a number and a locale they checked (no
 * options object to read): the digits of `value`, grouped in English (`en`) or French.
 * @internal
 */
export function euroDigits(value: number, en: boolean): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0;
  const abs = Math.abs(value);
  let intPart: string;
  let decimals: string;
  if (abs >= 1e15) {
    // toFixed switches to exponent notation from 1e21, and the cents are lost from 2^53 on anyway.
    intPart = BigInt(Math.round(abs)).toString();
    decimals = "";
  } else if (Number.isInteger(abs)) {
    intPart = abs.toFixed(0);
    decimals = "";
  } else if (Math.abs(abs * 100 - Math.round(abs * 100)) < 1e-6) {
    const fixed = abs.toFixed(2);
    intPart = fixed.slice(0, -3);
    decimals = fixed.slice(-2);
  } else {
    // Finer than the cent: keep every significant digit (no rounding, so nothing is lost).
    const plain = abs.toFixed(10).replace(/0+$/, "");
    const dot = plain.indexOf(".");
    intPart = plain.slice(0, dot);
    decimals = plain.slice(dot + 1);
  }
  const sep = en ? "," : NNBSP;
  // Groups of three digits from the right: the first group holds the 1 to 3 digits left over.
  const head = intPart.length % 3 || 3;
  let grouped = intPart.slice(0, head);
  for (let i = head; i < intPart.length; i += 3) grouped += sep + intPart.slice(i, i + 3);
  const decimalMark = en ? "." : ",";
  return (negative ? "-" : "") + grouped + (decimals ? decimalMark + decimals : "");
}
