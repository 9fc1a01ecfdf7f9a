/**
 * The hours an amount is for, stated beside it: "1 000 € net par mois pour 18 heures par semaine",
 * "pour 24h hebdomadaires", "(base 28 h/semaine)". A plain alternation of literals around one number:
 * linear.
 */
const HOURS_FOR_RE = /\b(?:pour|base(?: de)?|sur (?:une )?base de) (\d{1,2}(?:[.,]\d{1,2})?) ?(?:h|heures?)(?: ?(?:par semaine|\/ ?semaine|\/ ?sem|hebdo(?:madaires?)?|par sem))?\b/;

/**
 * The weekly hours stated with an amount, and the text without them (so that "par semaine" there is
 * not read as the pay's period). `hours` is undefined when none is stated or when the figure is not a
 * week's hours (0 or over 70).
 */
export function readWeeklyHours(text: string): { hours: number | undefined; rest: string } {
  const m = HOURS_FOR_RE.exec(text);
  if (!m) return { hours: undefined, rest: text };
  const hours = Number(m[1]!.replace(",", "."));
  const rest = text.slice(0, m.index) + " ".repeat(m[0].length) + text.slice(m.index + m[0].length);
  return { hours: hours > 0 && hours <= 70 ? hours : undefined, rest };
}
