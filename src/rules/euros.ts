import { euroDigits } from "../pay/formatEuros.js";

/** An amount in euros with its sign, as French and English texts write it: `1 801,80 €` / `€1,801.80`. @internal */
export function euros(amount: number, locale: "fr" | "en"): string {
  return locale === "fr" ? `${euroDigits(amount, false)}\u00a0€` : `€${euroDigits(amount, true)}`;
}
