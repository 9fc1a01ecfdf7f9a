import { readOptions } from "../validate/readOptions.js";
import type { LegalMinimumOptions } from "./legalMinimumPay.js";

/**
 * The options of {@link legalMinimumPay} as the caller gave them, each kept only when of the right
 * type: `null`, a non-object or a throwing accessor gives `{}`. Never throws.
 *
 * @param options - The options argument, unchecked.
 * @returns The options that can be used.
 * @example
 * ```ts
 * legalMinimumOptions({ date: "2024-06-01", age: "vingt" }); // { date: "2024-06-01" }
 * ```
 * @internal
 */
export function legalMinimumOptions(options: unknown): LegalMinimumOptions {
  const o = readOptions(options, ["date", "locale", "age", "contractYear", "qualifiedAtBacPro", "territory"]);
  const out: LegalMinimumOptions = {};
  if (typeof o.date === "string") out.date = o.date;
  if (o.locale === "en" || o.locale === "fr") out.locale = o.locale;
  if (typeof o.age === "number") out.age = o.age;
  if (typeof o.contractYear === "number") out.contractYear = o.contractYear;
  if (typeof o.qualifiedAtBacPro === "boolean") out.qualifiedAtBacPro = o.qualifiedAtBacPro;
  if (o.territory === "metropole" || o.territory === "mayotte") out.territory = o.territory;
  return out;
}

