import { BASIS_WORDS, CONNECTORS, isDigit, type NumTok, type Tok } from "./tokenise.js";

/** Words after a number that make it something other than money (a duration, hours, an ordinal). */
export const NOT_MONEY_NEXT = new Set([
  "mois", "an", "ans", "annee", "annees", "jour", "jours", "j", "semaine", "semaines", "sem", "h", "heure", "heures",
  "hrs", "hr", "min", "minutes", "e", "eme", "ieme", "er", "ere", "nd", "nde", "personnes", "postes", "salaries",
  "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
]);
/** Words before a number that make it a reference (an agreement, a coefficient, a date). */
export const NOT_MONEY_PREV = new Set([
  "ccn", "ccnt", "idcc", "coefficient", "coef", "indice", "cotation", "groupe", "niveau", "echelon", "classe", "categorie", "annexe",
  "article", "art", "position", "grille", "convention", "collective", "n", "no", "numero", "pesee", "points",
  "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
]);



export type Group = { min: number; max: number; range: boolean; kilo: boolean; raw: string; s: number; e: number; comma: boolean };

/** A multiplication after an amount, "2 100 € brut x 12", "× 13": `n` is the number, `s` where the sign is. */
export type Multiplier = { n: NumTok; s: number };

export function findGroups(toks: Tok[], s: string): { groups: Group[]; strays: NumTok[]; percents: NumTok[]; multipliers: Multiplier[] } {
  const groups: Group[] = [];
  const strays: NumTok[] = [];
  const percents: NumTok[] = [];
  const multipliers: Multiplier[] = [];
  const num = (k: number): NumTok | undefined => {
    const t = toks[k];
    return t?.t === "num" ? t : undefined;
  };
  const isMoney = (k: number) => {
    const t = num(k);
    if (!t) return false;
    if (t.kilo) return true;
    // "€1 900", "€30K – €35K": the currency written before the figure, as English boards do.
    if (toks[k - 1]?.t === "cur" && toks[k - 2]?.t !== "num") return true;
    const n = toks[k + 1];
    return n?.t === "cur" || n?.t === "fx" || (n?.t === "word" && BASIS_WORDS.has(n.w));
  };
  let k = 0;
  while (k < toks.length) {
    const t = num(k);
    if (!t) {
      k++;
      continue;
    }
    let j = k + 1;
    if (toks[j]?.t === "cur") j++;
    const c = toks[j];
    const isConnector = c !== undefined && ((c.t === "word" && CONNECTORS.has(c.w)) || (c.t === "sym" && c.c === "-"));
    const at = toks[j + 1]?.t === "cur" && num(j + 2) ? j + 2 : j + 1;
    const second = num(at);
    if (isConnector && second && isMoney(at)) {
      let a = t.v;
      if (second.kilo && !t.kilo && a < 1000) a = Number(`${Math.round(a * 1000 * 100)}`) / 100;
      let end = at + 1;
      if (toks[end]?.t === "cur") end++;
      const last = toks[end - 1]!;
      groups.push({ min: a, max: second.v, range: true, kilo: t.kilo || second.kilo, raw: s.slice(t.s, last.e), s: t.s, e: last.e, comma: t.commaThousands || second.commaThousands });
      k = end;
      continue;
    }
    if (isMoney(k)) {
      const end = toks[k + 1]?.t === "cur" ? k + 2 : k + 1;
      const last = toks[end - 1]!;
      groups.push({ min: t.v, max: t.v, range: false, kilo: t.kilo, raw: s.slice(t.s, last.e), s: t.s, e: last.e, comma: t.commaThousands });
      k = end;
      continue;
    }
    const next = toks[k + 1];
    const prev = toks[k - 1];
    // "x 12", "× 13", "* 12 mois" after something that is not a number ("2100x12" is no
    // multiplication); "x 20 jours", "x 35 h" are durations, skipped as before.
    const times =
      prev !== undefined &&
      ((prev.t === "word" && prev.w === "x") || (prev.t === "sym" && (prev.c === "×" || prev.c === "*"))) &&
      !isDigit(s[prev.s - 1]) &&
      !(next?.t === "word" && next.w !== "mois" && NOT_MONEY_NEXT.has(next.w));
    if (times && toks[k - 2] !== undefined && toks[k - 2]!.t !== "num") multipliers.push({ n: t, s: prev.s });
    else if (next?.t === "sym" && next.c === "%") percents.push(t);
    else if (next?.t === "word" && (next.w === "pour" || next.w === "pourcent") && (next.w === "pourcent" || (toks[k + 2]?.t === "word" && (toks[k + 2] as { w: string }).w === "cent"))) percents.push(t);
    else if (next?.t === "word" && NOT_MONEY_NEXT.has(next.w)) {
      // a duration, hours or an ordinal: not money
    } else if (prev?.t === "word" && NOT_MONEY_PREV.has(prev.w)) {
      // a reference: not money
    } else strays.push(t);
    k++;
  }
  return { groups, strays, percents, multipliers };
}
