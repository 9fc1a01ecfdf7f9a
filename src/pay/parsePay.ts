import type { PayAmount, PayPeriod } from "./PayAmountSchema.js";
import { readOptions } from "../validate/readOptions.js";
import { PaySchema, type Pay, type PayFactor } from "./PaySchema.js";

/** The stable codes of a {@link parsePay} failure. */
export type PayParseErrorCode =
  | "pay-parse/invalid-input"
  | "pay-parse/empty"
  | "pay-parse/too-long"
  | "pay-parse/unrecognised"
  | "pay-parse/ambiguous"
  | "pay-parse/unsupported-currency"
  | "pay-parse/unsupported-period"
  | "pay-parse/out-of-range"
  | "pay-parse/invalid-range"
  | "pay-parse/negative";

/** The result of {@link parsePay}: a schema-valid `Pay` (with warnings), or an error with a stable code. */
export type ParsePayResult =
  | {
      /** The text was read. */
      ok: true;
      /** The pay, valid against `PaySchema`; `text` is the input verbatim. */
      pay: Pay;
      /** What was inferred or could not be recorded (a period assumed, a rate of the SMIC left out). */
      warnings?: string[];
    }
  | {
      /** The text could not be read. */
      ok: false;
      /** Why, with a stable code and a message in the locale asked for. */
      error: {
        /** The failure's stable code. */
        code: PayParseErrorCode;
        /** The failure in a sentence. */
        message: string;
      };
    };

/** Options of {@link parsePay}: the language of error and warning messages (French by default). */
export type ParsePayOptions = {
  /** Language of error and warning messages: `"fr"` (default) or `"en"`. */
  locale?: "fr" | "en";
};

/** Longest accepted text: the schema's bound on `Pay.text`. Longer input is refused before any work. */
const MAX_LENGTH = 1000;
/** The schema's bound on an amount. */
const MAX_AMOUNT = 10_000_000;

type Locale = "fr" | "en";

// ---------------------------------------------------------------------------------------------
// Messages

const fmtNum = (n: number) => String(n);
const quote = (text: string, locale: Locale) => {
  const t = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return locale === "fr" ? `« ${t} »` : `"${t}"`;
};

type Failure = { code: PayParseErrorCode; fr: string; en: string };

const fail = (code: PayParseErrorCode, fr: string, en: string): Failure => ({ code, fr, en });

const PERIOD_NAMES: Record<PayPeriod, [string, string]> = {
  hour: ["heure", "hour"],
  day: ["jour", "day"],
  week: ["semaine", "week"],
  month: ["mois", "month"],
  year: ["an", "year"],
  mission: ["mission", "mission"],
};

// ---------------------------------------------------------------------------------------------
// Normalisation and tokens

/**
 * Lower case, no diacritics, one kind of space, dash and apostrophe; line breaks become clause
 * breaks (" ; "). Also returns, for each character of the result, its offset in the input, so that
 * messages quote the input as written.
 */
function normalise(text: string): { s: string; at: number[] } {
  let s = "";
  const at: number[] = [];
  let lastSpace = true;
  const push = (c: string, i: number) => {
    if (c === " ") {
      if (lastSpace) return;
      lastSpace = true;
    } else lastSpace = false;
    s += c;
    at.push(i);
  };
  let i = 0;
  for (const cp of text) {
    if (/[\r\n\u2028\u2029\u0085]/.test(cp)) {
      push(" ", i);
      push(";", i);
      push(" ", i);
    } else if (/\s/.test(cp)) {
      push(" ", i);
    } else if (/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/.test(cp)) {
      push("-", i);
    } else if (/[\u2018\u2019\u201b\u02bc\u2032`\u00b4]/.test(cp)) {
      push("'", i);
    } else {
      const base = cp.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f\u200b-\u200d\u2060\ufeff]/g, "");
      for (const c of base) push(c, i);
    }
    i += cp.length;
  }
  while (s.endsWith(" ")) {
    s = s.slice(0, -1);
    at.pop();
  }
  at.push(text.length);
  return { s, at };
}

type NumTok = { t: "num"; v: number; kilo: boolean; commaThousands: boolean; exponent: boolean; raw: string; s: number; e: number };
type Tok =
  | NumTok
  | { t: "cur"; s: number; e: number }
  | { t: "fx"; raw: string; s: number; e: number }
  | { t: "word"; w: string; s: number; e: number }
  | { t: "sym"; c: string; s: number; e: number };

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isLetter = (c: string | undefined) => c !== undefined && c >= "a" && c <= "z";

const CURRENCY_WORDS = new Set(["euro", "euros", "eur"]);
const FOREIGN_WORDS = new Set(["usd", "dollar", "dollars", "chf", "gbp", "cad", "franc", "francs", "livres"]);
const FOREIGN_SIGNS = "$£¥₣";
const BASIS_WORDS = new Set(["brut", "bruts", "brute", "brutes", "net", "nets", "nette", "nettes"]);
const CONNECTORS = new Set(["a", "au", "et"]);

/** Reads a French number at `i`: "1 700", "1.700", "1830.0", "11,88", "25 k", "2,5k". */
function readNumber(s: string, i: number): NumTok {
  let j = i;
  while (isDigit(s[j])) j++;
  let int = s.slice(i, j);
  let groupedWith: string | undefined;
  const group3 = (at: number) => isDigit(s[at + 1]) && isDigit(s[at + 2]) && isDigit(s[at + 3]) && !isDigit(s[at + 4]);
  if (int.length <= 3 && (s[j] === " " || s[j] === ".") && group3(j)) {
    groupedWith = s[j];
    while (s[j] === groupedWith && group3(j)) {
      int += s.slice(j + 1, j + 4);
      j += 4;
    }
  }
  let dec = "";
  let commaThousands = false;
  if ((s[j] === "," || (s[j] === "." && groupedWith !== ".")) && isDigit(s[j + 1])) {
    const mark = s[j];
    let k = j + 1;
    while (isDigit(s[k])) k++;
    dec = s.slice(j + 1, k);
    if (mark === "," && dec.length === 3 && groupedWith === undefined) commaThousands = true;
    j = k;
  }
  // An exponent ("1e308", "2,5E3"): not a way pay is written; the number is read whole and refused.
  if (s[j] === "e" && (isDigit(s[j + 1]) || ((s[j + 1] === "+" || s[j + 1] === "-") && isDigit(s[j + 2])))) {
    let k = s[j + 1] === "+" || s[j + 1] === "-" ? j + 2 : j + 1;
    while (isDigit(s[k])) k++;
    return { t: "num", v: Number.NaN, kilo: false, commaThousands: false, exponent: true, raw: s.slice(i, k), s: i, e: k };
  }
  let kilo = false;
  const m = s[j] === " " ? j + 1 : j;
  if (s[m] === "k" && (!isLetter(s[m + 1]) || s.startsWith("keur", m))) {
    kilo = true;
    j = m + 1;
  }
  // Shift the decimal point by hand for "k" so that 1,1 k is exactly 1100.
  const v = kilo ? Number(`${int}${dec.slice(0, 3).padEnd(3, "0")}.${dec.slice(3) || "0"}`) : Number(dec ? `${int}.${dec}` : int);
  return { t: "num", v, kilo, commaThousands: commaThousands && !kilo, exponent: false, raw: s.slice(i, j).trim(), s: i, e: j };
}

function tokenise(s: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === " ") {
      i++;
    } else if (isDigit(c)) {
      const n = readNumber(s, i);
      toks.push(n);
      i = n.e;
    } else if (isLetter(c)) {
      let j = i;
      while (isLetter(s[j])) j++;
      const w = s.slice(i, j);
      if (CURRENCY_WORDS.has(w)) toks.push({ t: "cur", s: i, e: j });
      else if (FOREIGN_WORDS.has(w)) toks.push({ t: "fx", raw: w, s: i, e: j });
      else toks.push({ t: "word", w, s: i, e: j });
      i = j;
    } else {
      if (c === "€") toks.push({ t: "cur", s: i, e: i + 1 });
      else if (FOREIGN_SIGNS.includes(c)) toks.push({ t: "fx", raw: c, s: i, e: i + 1 });
      else toks.push({ t: "sym", c, s: i, e: i + 1 });
      i++;
    }
  }
  return toks;
}

// ---------------------------------------------------------------------------------------------
// Cues (all regular expressions below are plain alternations of literals: linear time)

const PERIOD_CUES: [PayPeriod, RegExp][] = [
  ["hour", /\/ ?h\b|\/ ?heures?\b|\bhoraires?\b|\bl'heure\b|\bpar heure\b/],
  ["day", /\/ ?j\b|\/ ?jours?\b|\/ ?journee\b|\bpar (?:jour|journee)\b|\bjournali(?:er|ere)s?\b|\bla journee\b|\btjm\b/],
  ["week", /\/ ?sem\b|\/ ?semaine\b|\bpar semaine\b|\bhebdo(?:madaire)?s?\b|\bla semaine\b/],
  ["month", /\/ ?mois\b|\bpar mois\b|\bmensuel(?:le)?s?\b|\bmensuellement\b|\ble mois\b|\bmensualisee?s?\b/],
  ["year", /\/ ?an\b|\/ ?annee\b|\bpar an\b|\bpar annee\b|\bannuel(?:le)?s?\b|\bannuellement\b|\bl'an\b|\bbrut an\b/],
  ["mission", /\bmissions?\b|\bforfait(?:aire)?s?\b|\bbudget\b|\bprestations?\b|\bau total\b|\bl'ensemble\b/],
];

/** Phrases that would give a false period cue: "volume horaire", "jour de mission" (a day). */
function cleanForPeriod(ctx: string): string {
  return ctx
    .replace(/\bvolume horaire\b|\bhoraires? (?:de travail|variables|decales|flexibles|atypiques)\b/g, " ")
    .replace(/\b(?:jours?|journees?) de (?:mission|prestation|travail)\b/g, " par jour ");
}

function periodsIn(ctx: string): PayPeriod[] {
  const cleaned = cleanForPeriod(ctx);
  return PERIOD_CUES.filter(([, re]) => re.test(cleaned)).map(([p]) => p);
}

const GROSS_RE = /\bbrut(?:e|s|es)?\b/;
const NET_RE = /\bnet(?:te|s|tes)?\b/;
const HT_RE = /\bh\.? ?t\b|\bhors tax(?:e|es)?\b/;
const TTC_RE = /\bt\.? ?t\.? ?c\b|\btoutes taxes comprises\b/;
const APPROX_RE = /\benviron\b|\benv\b|~|≈|\bapproximativement\b|\baux alentours\b|\bautour de\b|\bde l'ordre de\b|\bapprox\b/;
const MIN_BEFORE_RE =
  /(?:\ba partir d(?:e|')|\bdes|\bminimum(?: de)?|\bau moins|\bau minimum|\bmin\.?|\bplancher(?: de)?|\ba compter de|\bpas moins de) ?(?:d'|de )?(?:environ ?)?$/;
const MAX_BEFORE_RE =
  /(?:\bjusqu'(?:a|au)|\bmaximum(?: de)?|\bau maximum|\bmax\.?|\bplafond(?:ne a| de)?|\bau plus|\bpas plus de) ?(?:d'|de )?(?:environ ?)?$/;
const MIN_AFTER_RE = /^ ?(?:€|euros?)? ?(?:brut|net|bruts|nets)? ?(?:(?:minimum|min|au minimum|au moins|et plus)\b|et \+(?! ?\d))/;
const MAX_AFTER_RE = /^ ?(?:€|euros?)? ?(?:brut|net|bruts|nets)? ?(?:maximum|max|au maximum|au plus)\b/;

const NEGOTIABLE_RE = /\ba (?:negocier|debattre|discuter)\b|\bnegociables?\b/;
const AGREEMENT_RE =
  /\bconventions? collectives?\b|\bconventionnel(?:le)?s?\b|\bccnt?\b|\bidcc\b|\bgrilles?\b|\bbaremes?\b|\bclassification\b|\bcoefficient\b|\bminima de branche\b/;
const COMPLEMENT_RE = /\bcomplet(?:e|ee|er)\b|\bcomplement\b/;
const STATUTORY_RE =
  /\bsmic\b|\blegal(?:e|es)?\b|\blegaux\b|\breglementaires?\b|\breglementation\b|\bgratification (?:de stage|minimale)\b|\bindemnite de service civique\b/;
const IN_FORCE_RE = /\ben vigueur\b/;
const DEPENDS_TRIGGER_RE = /\bselon\b|\ben fonction d|\bsuivant\b|\bvariables?\b|\bdepend|\bsi\b/;
/**
 * Pay of the fonction publique: the grade's index grid set by decree ("statutaire", "grille indiciaire
 * de la FPT", "catégorie C", "RIFSEEP"), legal pay rather than a collective agreement's.
 */
const PUBLIC_PAY_RE = /\bstatutaires?\b|\bindiciaires?\b|\bindices?\b|\bfonction publique\b|\bfp[th]?\b|\bcategorie [abc]\b|\brifseep\b|\bifse\b/;
/** Words that name a collective agreement outright (then "indice 350" is the agreement's, not the civil service's). */
const NAMED_AGREEMENT_RE = /\bccnt?\b|\bconventions? collectives?\b|\bidcc\b/;
const FACTOR_CUES: [PayFactor, RegExp][] = [
  ["profile", /\bprofils?\b/],
  ["experience", /\bexperiences?\b/],
  ["qualification", /\bqualifications?\b|\bdiplomes?\b|\bniveau d'etudes?\b|\bformation\b|\bcompetences?\b/],
  ["age", /\bage\b/],
  ["seniority", /\banciennete\b/],
  ["hours", /\bheures\b|\bvolume horaire\b|\btemps de travail\b/],
];
const NOT_STATED_RE =
  /^(?:(?:remuneration|salaire|gratification|indemnite) )?(?:autre|nc|n c|n a|non communiquee?|non precisee?|non renseignee?|non indiquee?|a definir|a preciser)$/;
const CACHET_RE = /\bcachets?\b/;
const EXPENSES_RE = /\benveloppes?\b|\bfrais\b|\bdefraiements?\b/;
const DAILY_RATE_RE = /\btarif journalier\b|\btaux journalier\b|\btjm\b/;
const TO_PROPOSE_RE = /\bprecis|\bpropos|\bindiqu|\bcommuniqu|\bsoumet|\bmentionn|\bchiffr/;
const MONTHS_ON_RE = /\bsur (\d{1,2}(?:[.,]\d{1,2})?) mois\b/g;
/** Words after which "sur N mois" is the length of a contract or mission ("CDD sur 6 mois"). */
const CONTRACT_LENGTH_RE = /\b(?:cdd|contrat|mission|stage|engagement|duree)\b[^.;]{0,20}$/;
const MONTH_ORDINAL_RE = /\b(13|14) ?(?:e|eme|ieme) mois\b|\b(treizieme|quatorzieme) mois\b/g;

/** Words after a number that make it something other than money (a duration, hours, an ordinal). */
const NOT_MONEY_NEXT = new Set([
  "mois", "an", "ans", "annee", "annees", "jour", "jours", "j", "semaine", "semaines", "sem", "h", "heure", "heures",
  "hrs", "hr", "min", "minutes", "e", "eme", "ieme", "er", "ere", "nd", "nde", "personnes", "postes", "salaries",
  "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
]);
/** Words before a number that make it a reference (an agreement, a coefficient, a date). */
const NOT_MONEY_PREV = new Set([
  "ccn", "ccnt", "idcc", "coefficient", "coef", "indice", "groupe", "niveau", "echelon", "classe", "categorie", "annexe",
  "article", "art", "position", "grille", "convention", "collective", "n", "no", "numero", "pesee", "points",
  "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
]);

// ---------------------------------------------------------------------------------------------
// Amount groups

type Group = { min: number; max: number; range: boolean; kilo: boolean; raw: string; s: number; e: number; comma: boolean };

/** A multiplication after an amount, "2 100 € brut x 12", "× 13": `n` is the number, `s` where the sign is. */
type Multiplier = { n: NumTok; s: number };

function findGroups(toks: Tok[], s: string): { groups: Group[]; strays: NumTok[]; percents: NumTok[]; multipliers: Multiplier[] } {
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
    const second = num(j + 1);
    if (isConnector && second && isMoney(j + 1)) {
      let a = t.v;
      if (second.kilo && !t.kilo && a < 1000) a = Number(`${Math.round(a * 1000 * 100)}`) / 100;
      let end = j + 2;
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

/** A service-civique indemnity named as such, with the State paying it. */
const INDEMNITY_RE = /\bindemnites?\b|\bservice civique\b/;
const STATE_PART_RE = /\betat\b|\basp\b/;
const HOST_PART_RE = /\b(?:organisme|structure|association|organisation) d'accueil\b|\bstructure\b/;

/** The text around an amount that says who pays it: up to 60 characters before, 90 after. */
function partWindow(s: string, g: Group): string {
  return s.slice(Math.max(0, g.s - 60), Math.min(s.length, g.e + 90));
}

/**
 * The parts of a service-civique indemnity ("465,83 € par l'État, à laquelle s'ajoute un complément de
 * 106,04 € pris en charge par l'organisme d'accueil"): each amount with the payer named right after
 * it (before the next amount), else right before it. `undefined` unless every amount has one payer and
 * the text names the State.
 */
function indemnityParts(s: string, pay: Group[]): [("state" | "host"), Group][] | undefined {
  if (pay.length === 0 || pay.length > 2 || !INDEMNITY_RE.test(s) || !STATE_PART_RE.test(s)) return undefined;
  const found: [("state" | "host"), Group][] = [];
  for (const [i, g] of pay.entries()) {
    const after = s.slice(g.e, Math.min(pay[i + 1]?.s ?? s.length, g.e + 90));
    const before = s.slice(Math.max(pay[i - 1]?.e ?? 0, g.s - 60), g.s);
    const payer = (t: string) => (STATE_PART_RE.test(t) ? "state" : HOST_PART_RE.test(t) ? "host" : undefined);
    const who = payer(after) ?? payer(before);
    if (!who || found.some(([w]) => w === who)) return undefined;
    found.push([who, g]);
  }
  return found;
}

type Clause = { s: number; e: number; text: string };

function splitClauses(s: string, toks: Tok[]): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.t !== "sym") continue;
    const boundary =
      t.c === ";" || t.c === "!" || t.c === "?" || (t.c === "." && (t.e >= s.length || (s[t.e] === " " && toks[k + 1]?.t !== "num")));
    if (boundary) {
      clauses.push({ s: start, e: t.s, text: s.slice(start, t.s) });
      start = t.e;
    }
  }
  clauses.push({ s: start, e: s.length, text: s.slice(start) });
  return clauses.filter((c) => c.text.trim() !== "");
}

type Role = "pay" | "dailyRate" | "expenses";

type AmountResult = { ok: true; amount: PayAmount; warnings: [string, string][] } | { ok: false; failure: Failure };

/** Detects an attribute in the group's own clause first, then in the wider context. */
function firstFound<T>(detect: (ctx: string) => T[], own: string, wider: string | undefined): T[] {
  const inOwn = detect(own);
  if (inOwn.length > 0 || wider === undefined) return inOwn;
  return detect(wider);
}

function buildAmount(g: Group, s: string, own: string, wider: string | undefined, defaultPeriod?: PayPeriod, multipliers: { v: number; raw: string }[] = []): AmountResult {
  const warnings: [string, string][] = [];
  if (g.comma) {
    return { ok: false, failure: fail("pay-parse/ambiguous", `${quote(g.raw, "fr")} : virgule décimale ou séparateur de milliers ? Écrire par exemple « 2 500 € » ou « 2,50 € ».`, `${quote(g.raw, "en")}: decimal comma or thousands separator? Write for example "2 500 €" or "2,50 €".`) };
  }
  for (const n of [g.min, g.max]) {
    if (!Number.isFinite(n) || n > MAX_AMOUNT) {
      return { ok: false, failure: fail("pay-parse/out-of-range", `Le montant ${quote(g.raw, "fr")} dépasse 10 000 000 €.`, `The amount ${quote(g.raw, "en")} is above €10,000,000.`) };
    }
  }
  if (g.min === 0 || g.max === 0) {
    const [fr, en] = g.max === 0 ? ["est nul", "is zero"] : ["part de 0 €", "starts at €0"];
    return { ok: false, failure: fail("pay-parse/out-of-range", `Le montant ${quote(g.raw, "fr")} ${fr} : un montant de rémunération est supérieur à 0 €.`, `The amount ${quote(g.raw, "en")} ${en}: a pay amount is above €0.`) };
  }
  if (g.min > g.max) {
    return { ok: false, failure: fail("pay-parse/invalid-range", `Le minimum (${fmtNum(g.min)}) est supérieur au maximum (${fmtNum(g.max)}) dans ${quote(g.raw, "fr")}.`, `The minimum (${fmtNum(g.min)}) is above the maximum (${fmtNum(g.max)}) in ${quote(g.raw, "en")}.`) };
  }

  const bases = firstFound((c) => [...(GROSS_RE.test(c) ? ["gross" as const] : []), ...(NET_RE.test(c) ? ["net" as const] : [])], own, wider);
  if (bases.length > 1) return { ok: false, failure: fail("pay-parse/ambiguous", "Le montant est dit à la fois brut et net.", "The amount is said to be both gross and net.") };
  const taxes = firstFound((c) => [...(HT_RE.test(c) ? ["excluding-vat" as const] : []), ...(TTC_RE.test(c) ? ["including-vat" as const] : [])], own, wider);
  if (taxes.length > 1) return { ok: false, failure: fail("pay-parse/ambiguous", "Le montant est dit à la fois HT et TTC.", "The amount is said to be both before and including VAT (HT and TTC).") };
  const approximate = firstFound((c) => (APPROX_RE.test(c) ? [true] : []), own, wider).length > 0;

  let periods = firstFound(periodsIn, own, wider);
  if (periods.length > 1) {
    const fr = periods.map((p) => PERIOD_NAMES[p][0]).join(", ");
    const en = periods.map((p) => PERIOD_NAMES[p][1]).join(", ");
    return { ok: false, failure: fail("pay-parse/ambiguous", `Plusieurs périodes sont indiquées (${fr}) : impossible de savoir laquelle retenir.`, `Several periods are stated (${en}): cannot tell which one applies.`) };
  }
  let period: PayPeriod | undefined = periods[0] ?? defaultPeriod;
  // "2 100 € brut × 13": a figure paid a number of times a year is a monthly one.
  if (period === undefined && multipliers.length > 0) period = "month";
  if (period === undefined) {
    // Inference from magnitude only for a salary stated gross or net (or in k€), per the documented rule.
    const basisOrKilo = bases.length === 1 || g.kilo;
    if (basisOrKilo && g.min >= 1000 && g.max <= 10_000) {
      period = "month";
      warnings.push([
        "Période non indiquée : « par mois » retenu, car le montant (brut ou net) est compris entre 1 000 et 10 000 €.",
        "No period stated: per month assumed, as the (gross or net) amount is between €1,000 and €10,000.",
      ]);
    } else if (basisOrKilo && g.min >= 15_000 && g.max <= 300_000) {
      period = "year";
      warnings.push([
        "Période non indiquée : « par an » retenu, car le montant (brut, net ou en k€) est compris entre 15 000 et 300 000 €.",
        "No period stated: per year assumed, as the (gross, net or k€) amount is between €15,000 and €300,000.",
      ]);
    } else {
      return { ok: false, failure: fail("pay-parse/ambiguous", `La période de ${quote(g.raw, "fr")} n'est pas indiquée (de l'heure, par jour, par mois, par an, pour la mission…).`, `The period of ${quote(g.raw, "en")} is not stated (per hour, day, month, year, for the mission…).`) };
    }
  }
  periods = [period];
  const times = multipliers[0];
  if (times && period !== "month") {
    return { ok: false, failure: fail("pay-parse/ambiguous", `${quote(times.raw, "fr")} après un montant par ${PERIOD_NAMES[period][0]} n'est pas compris : seul un salaire mensuel se multiplie par un nombre de mois (12 à 14).`, `${quote(times.raw, "en")} after an amount per ${PERIOD_NAMES[period][1]} is not understood: only a monthly salary is multiplied by a number of months (12 to 14).`) };
  }

  // Bounds of a single figure: "à partir de 1 700 €", "jusqu'à 2 000 €", "1 700 € minimum".
  let bound: "min" | "max" | undefined;
  if (!g.range) {
    const before = s.slice(Math.max(0, g.s - 30), g.s).trimEnd();
    const after = s.slice(g.e, g.e + 30);
    const isMin = MIN_BEFORE_RE.test(before) || MIN_AFTER_RE.test(after);
    const isMax = MAX_BEFORE_RE.test(before) || MAX_AFTER_RE.test(after);
    if (isMin && isMax) return { ok: false, failure: fail("pay-parse/ambiguous", `${quote(g.raw, "fr")} est dit à la fois minimum et maximum.`, `${quote(g.raw, "en")} is said to be both a minimum and a maximum.`) };
    bound = isMin ? "min" : isMax ? "max" : undefined;
  }

  // Months per year: "sur 13 mois", "13e mois", "× 13" (kept for a monthly or yearly figure only;
  // on an hourly one "sur 12 mois" is France Travail's boilerplate). The schema takes 12 to 14: a
  // number outside it ("sur 15 mois", "sur 11 mois", "× 2") is refused, not dropped, except a
  // contract's length said of the contract ("CDD sur 6 mois"), which is not pay months.
  let monthsPerYear: number | undefined;
  if (period === "month" || period === "year") {
    const found = new Set<number>();
    const detectMonths = (c: string) => {
      const out: [number, string][] = [];
      for (const m of c.matchAll(MONTHS_ON_RE)) {
        const n = Number(m[1]!.replace(",", "."));
        // "CDD sur 6 mois": the contract's length, said of the contract, not of the pay.
        const before = c.slice(Math.max(0, (m.index ?? 0) - 30), m.index);
        if (n < 12 && CONTRACT_LENGTH_RE.test(before)) continue;
        out.push([n, m[0]]);
      }
      for (const m of c.matchAll(MONTH_ORDINAL_RE)) out.push([m[1] ? Number(m[1]) : m[2] === "treizieme" ? 13 : 14, m[0]]);
      return out;
    };
    const stated: [number, string][] = [...firstFound(detectMonths, own, wider), ...multipliers.map((t): [number, string] => [t.v, t.raw])];
    const outside = stated.find(([n]) => !(n >= 12 && n <= 14));
    if (outside) {
      const [, excerpt] = outside;
      return { ok: false, failure: fail("pay-parse/out-of-range", `${quote(excerpt, "fr")} : un salaire est versé sur 12 à 14 mois par an ; une autre durée (celle du contrat ?) s'indique à part.`, `${quote(excerpt, "en")}: a salary is paid over 12 to 14 months a year; another length (the contract's?) is stated separately.`) };
    }
    for (const [n] of stated) found.add(n);
    if (found.size > 1) return { ok: false, failure: fail("pay-parse/ambiguous", `Plusieurs nombres de mois sont indiqués (${[...found].join(", ")}).`, `Several numbers of months are stated (${[...found].join(", ")}).`) };
    monthsPerYear = [...found][0];
  }

  const amount: PayAmount = g.range
    ? g.min === g.max
      ? { value: g.min, currency: "EUR", period }
      : { min: g.min, max: g.max, currency: "EUR", period }
    : bound === "min"
      ? { min: g.min, currency: "EUR", period }
      : bound === "max"
        ? { max: g.min, currency: "EUR", period }
        : { value: g.min, currency: "EUR", period };
  if (bases[0]) amount.basis = bases[0];
  if (taxes[0]) amount.tax = taxes[0];
  if (monthsPerYear !== undefined) amount.monthsPerYear = monthsPerYear;
  if (approximate) amount.approximate = true;
  return { ok: true, amount, warnings };
}

// ---------------------------------------------------------------------------------------------

function failure(f: Failure, locale: Locale): ParsePayResult {
  return { ok: false, error: { code: f.code, message: locale === "en" ? f.en : f.fr } };
}

function parseNormalised(text: string, s: string, at: number[], locale: Locale): ParsePayResult {
  const orig = (a: number, b: number) => text.slice(at[a] ?? 0, at[b] ?? text.length).trim();
  const toks = tokenise(s);
  for (const t of toks) if (t.t === "num" || t.t === "fx") t.raw = orig(t.s, t.e);
  const exponent = toks.find((t): t is NumTok => t.t === "num" && t.exponent);
  if (exponent) {
    return failure(fail("pay-parse/unrecognised", `${quote(exponent.raw, "fr")} : la notation scientifique n'est pas prise en charge ; écrire le montant en chiffres, par exemple « 2 500 € ».`, `${quote(exponent.raw, "en")}: scientific notation is not supported; write the amount in figures, for example "2 500 €".`), locale);
  }
  const fx = toks.find((t): t is Extract<Tok, { t: "fx" }> => t.t === "fx");
  if (fx) {
    return failure(fail("pay-parse/unsupported-currency", `Seul l'euro est pris en charge (${quote(fx.raw, "fr")}).`, `Only the euro is supported (${quote(fx.raw, "en")}).`), locale);
  }
  if (CACHET_RE.test(s)) {
    return failure(fail("pay-parse/unsupported-period", "Une rémunération au cachet n'a pas de période prise en charge (heure, jour, semaine, mois, an, mission).", "Pay per performance (cachet) has no supported period (hour, day, week, month, year, mission)."), locale);
  }

  const { groups, strays, percents, multipliers } = findGroups(toks, s);
  for (const g of groups) g.raw = orig(g.s, g.e);
  // A minus sign glued to an amount ("-1800 €", "−1 800 €"), not a range's dash ("1700 €-2000 €");
  // a plus before an amount ("SMIC + 150 €", "+1800 €"): an addition to something, not the pay itself.
  for (const g of groups) {
    const k = toks.findIndex((t) => t.s === g.s);
    const sign = toks[k - 1];
    const before = toks[k - 2];
    const isRangeDash = before !== undefined && (before.t === "num" || before.t === "cur" || (before.t === "word" && BASIS_WORDS.has(before.w)));
    if (sign?.t === "sym" && sign.c === "-" && sign.e === g.s && !isRangeDash) {
      const excerpt = orig(sign.s, g.e);
      return failure(fail("pay-parse/negative", `Montant négatif ${quote(excerpt, "fr")} : une rémunération est un montant positif.`, `Negative amount ${quote(excerpt, "en")}: pay is a positive amount.`), locale);
    }
    if (sign?.t === "sym" && sign.c === "+") {
      const excerpt = orig(sign.s, g.e);
      return failure(fail("pay-parse/ambiguous", `${quote(excerpt, "fr")} : un montant ajouté (à quoi ?) n'est pas la rémunération elle-même ; indiquer le montant total.`, `${quote(excerpt, "en")}: an amount added (to what?) is not the pay itself; state the total amount.`), locale);
    }
  }
  if (strays.length > 0 && (groups.length > 0 || strays.some((n) => n.v >= 100))) {
    const n = strays[0]!;
    return failure(fail("pay-parse/ambiguous", `Le nombre ${quote(n.raw, "fr")} n'est pas compris : montant sans devise, durée, référence ?`, `The number ${quote(n.raw, "en")} is not understood: an amount without currency, a duration, a reference?`), locale);
  }

  const clauses = splitClauses(s, toks);
  const clauseOf = (g: Group) => clauses.find((c) => g.s >= c.s && g.s < c.e) ?? { s: 0, e: s.length, text: s };
  const roleOf = (g: Group): Role => {
    const c = clauseOf(g);
    const before = s.slice(c.s, g.s);
    if (EXPENSES_RE.test(before)) return "expenses";
    if (DAILY_RATE_RE.test(before)) return "dailyRate";
    return "pay";
  };
  const byRole: Record<Role, Group[]> = { pay: [], dailyRate: [], expenses: [] };
  for (const g of groups) byRole[roleOf(g)].push(g);
  // A service-civique indemnity stated as its parts (State part, host part): read apart.
  const parts = indemnityParts(s, byRole.pay);
  const indemnity: NonNullable<Pay["serviceCiviqueIndemnity"]> = {};
  if (parts) {
    for (const [who, g] of parts) {
      const r = buildAmount(g, s, partWindow(s, g).replace(/\bforfaitaires?\b/g, " "), undefined, "month");
      if (!r.ok) return failure(r.failure, locale);
      indemnity[who] = r.amount;
    }
    byRole.pay = [];
  }
  for (const role of ["pay", "dailyRate", "expenses"] as const) {
    if (byRole[role].length > 1) {
      const list = byRole[role].map((g) => g.raw).join(" ; ");
      return failure(fail("pay-parse/ambiguous", `Plusieurs montants sont indiqués (${list}) : impossible de savoir lequel retenir.`, `Several amounts are stated (${list}): cannot tell which one is meant.`), locale);
    }
  }
  // The context of the pay: every clause that holds no daily rate or expenses amount.
  const otherClauses = new Set([...byRole.dailyRate, ...byRole.expenses].map((g) => clauseOf(g)));
  const ctx = clauses.filter((c) => !otherClauses.has(c)).map((c) => c.text).join(" ; ");

  const warnings: [string, string][] = [];
  const pay: Pay = parts ? { serviceCiviqueIndemnity: indemnity } : {};
  const payGroup = byRole.pay[0];
  // "× 13" belongs to the pay amount it follows in the same clause; anywhere else it is not understood.
  // (A daily rate or an expenses envelope is not paid on months: its "× 13" is not understood either.)
  const attached = (m: Multiplier) => payGroup !== undefined && m.s >= payGroup.e && clauseOf(payGroup) === clauseOf({ s: m.s } as Group);
  const loose = multipliers.find((m) => !attached(m));
  if (loose) {
    return failure(fail("pay-parse/ambiguous", `Le nombre ${quote(loose.n.raw, "fr")} n'est pas compris : montant sans devise, durée, référence ?`, `The number ${quote(loose.n.raw, "en")} is not understood: an amount without currency, a duration, a reference?`), locale);
  }
  if (payGroup) {
    const times = multipliers.map((m) => ({ v: m.n.v, raw: orig(m.s, m.n.e) }));
    const r = buildAmount(payGroup, s, clauseOf(payGroup).text, ctx, undefined, times);
    if (!r.ok) return failure(r.failure, locale);
    pay.amount = r.amount;
    warnings.push(...r.warnings);
  }
  const publicPay = PUBLIC_PAY_RE.test(ctx) && !NAMED_AGREEMENT_RE.test(ctx);
  const agreement = AGREEMENT_RE.test(ctx) && !publicPay;
  if (agreement) {
    pay.followsAgreement = true;
    if (COMPLEMENT_RE.test(ctx)) pay.complementNegotiable = true;
  }
  if (NEGOTIABLE_RE.test(ctx)) pay.negotiable = true;
  if (DEPENDS_TRIGGER_RE.test(ctx)) {
    const found: [number, PayFactor][] = [];
    for (const [factor, re] of FACTOR_CUES) {
      const m = re.exec(ctx);
      if (m) found.push([m.index, factor]);
    }
    if (found.length > 0) pay.dependsOn = found.sort((a, b) => a[0] - b[0]).map(([, f]) => f);
  }
  if (publicPay || STATUTORY_RE.test(ctx) || (!agreement && IN_FORCE_RE.test(ctx))) pay.statutory = true;

  const dailyGroup = byRole.dailyRate[0];
  if (dailyGroup) {
    const r = buildAmount(dailyGroup, s, clauseOf(dailyGroup).text, undefined, "day");
    if (!r.ok) return failure(r.failure, locale);
    pay.dailyRate = r.amount;
    warnings.push(...r.warnings);
  } else if (DAILY_RATE_RE.test(s) && TO_PROPOSE_RE.test(s)) {
    pay.dailyRateToPropose = true;
  }
  const expensesGroup = byRole.expenses[0];
  if (expensesGroup) {
    const r = buildAmount(expensesGroup, s, clauseOf(expensesGroup).text, undefined, "mission");
    if (!r.ok) return failure(r.failure, locale);
    pay.expenses = { amount: r.amount };
    warnings.push(...r.warnings);
  }

  const recognised = Object.keys(pay).length > 0;
  if (!recognised) {
    const bare = s.replace(/[^a-z ]/g, " ").replace(/ +/g, " ").trim();
    if (strays.length === 0 && NOT_STATED_RE.test(bare)) {
      warnings.push([`${quote(text.trim(), "fr")} : la rémunération n'est pas indiquée.`, `${quote(text.trim(), "en")}: the pay is not stated.`]);
    } else if (strays.length > 0) {
      // A bare number ("12.13", "1645,58"): an amount without currency or period, or something else.
      const n = strays[0]!;
      return failure(fail("pay-parse/ambiguous", `Le nombre ${quote(n.raw, "fr")} n'est pas compris : montant sans devise, durée, référence ?`, `The number ${quote(n.raw, "en")} is not understood: an amount without currency, a duration, a reference?`), locale);
    } else {
      return failure(fail("pay-parse/unrecognised", `Aucune rémunération reconnue dans ${quote(text.trim(), "fr")}.`, `No pay recognised in ${quote(text.trim(), "en")}.`), locale);
    }
  } else if (strays.length > 0) {
    const n = strays[0]!;
    return failure(fail("pay-parse/ambiguous", `Le nombre ${quote(n.raw, "fr")} n'est pas compris : montant sans devise, durée, référence ?`, `The number ${quote(n.raw, "en")} is not understood: an amount without currency, a duration, a reference?`), locale);
  }
  for (const p of percents) {
    warnings.push([`Le pourcentage ${quote(`${p.raw} %`, "fr")} n'est pas enregistré.`, `The percentage ${quote(`${p.raw}%`, "en")} is not recorded.`]);
  }

  pay.text = text;
  const checked = PaySchema.safeParse(pay);
  if (!checked.success) {
    return failure(fail("pay-parse/unrecognised", `Aucune rémunération valide reconnue dans ${quote(text.trim(), "fr")}.`, `No valid pay recognised in ${quote(text.trim(), "en")}.`), locale);
  }
  const out: ParsePayResult = { ok: true, pay: checked.data };
  if (warnings.length > 0) out.warnings = warnings.map(([fr, en]) => (locale === "en" ? en : fr));
  return out;
}

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
 * "selon grille CCN 66", "SMIC", "selon les règles de rémunération en vigueur".
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
