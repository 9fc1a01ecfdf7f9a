import type { PayAmount } from "../PayAmountSchema.js";

/** Pay stated relative to the SMIC. */
export type SmicRelative = { percent?: number; plus?: PayAmount };

const N = "(\\d{1,3}(?:[.,]\\d{1,2})?)";
/** "SMIC + 10 %", "SMIC horaire + 5%": 100 + the increase, in percent of the SMIC. */
const PLUS_PERCENT_RE = new RegExp(`\\bsmic(?: horaire| mensuel| brut)* ?\\+ ?${N} ?%`);
/** "110 % du SMIC", "120% du smic brut". */
const PERCENT_OF_RE = new RegExp(`${N} ?% (?:du|de) smic\\b`);
/** "1,2 fois le SMIC", "1.5 x SMIC". */
const TIMES_RE = new RegExp(`${N} ?(?:x|fois)(?: le)? smic\\b`);
/** "SMIC horaire + 1 €", "SMIC mensuel + 150 € brut", "SMIC + 1 €/h": an amount added per hour or month. */
const PLUS_AMOUNT_RE = new RegExp(`\\bsmic( horaire| mensuel)?(?: brut)? ?\\+ ?${N} ?(?:€|euros?)(?: ?(?:brut|bruts))?( ?\\/ ?h\\b| de l'heure| par heure| ?\\/ ?mois| par mois)?`);

const num = (x: string) => Number(x.replace(",", "."));

/**
 * Reads pay stated relative to the SMIC: a percentage ("110 % du SMIC", "SMIC + 10 %" = 110, "1,2 fois
 * le SMIC" = 120) or an amount added per hour or month ("SMIC horaire + 1 €"), with where it stands
 * in the text (the figures there are consumed). "SMIC + 150 €" without a period is not read here: the caller
 * keeps it ambiguous. Plain "SMIC" is legal pay (`statutory`), read elsewhere.
 */
export function readSmicMultiple(s: string): { smic: SmicRelative; start: number; end: number } | undefined {
  const inside = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length });
  let m = PLUS_PERCENT_RE.exec(s);
  if (m) return { smic: { percent: Math.round((100 + num(m[1]!)) * 100) / 100 }, ...inside(m) };
  m = PERCENT_OF_RE.exec(s);
  if (m) return { smic: { percent: num(m[1]!) }, ...inside(m) };
  m = TIMES_RE.exec(s);
  if (m) return { smic: { percent: Math.round(num(m[1]!) * 10000) / 100 }, ...inside(m) };
  m = PLUS_AMOUNT_RE.exec(s);
  if (m) {
    const unit = (m[1] ?? "") + (m[3] ?? "");
    const period = /horaire|h\b|heure/.test(unit) ? "hour" : /mensuel|mois/.test(unit) ? "month" : undefined;
    if (!period) return undefined;
    const plus: PayAmount = { value: num(m[2]!), currency: "EUR", period };
    if (/brut/.test(m[0])) plus.basis = "gross";
    return { smic: { plus }, ...inside(m) };
  }
  return undefined;
}
