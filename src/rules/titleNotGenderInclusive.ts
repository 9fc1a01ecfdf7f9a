import { GENDERED_JOB_NOUNS } from "./genderedJobNouns.js";
import type { Rule } from "./Rule.js";

/** "H/F", "F/H", "(H/F)", "M/F", "H/F/X", "Homme/Femme", "homme ou femme", "tous genres": the whole title is marked. */
const GLOBAL_MARK =
  /(?<![\p{L}])(?:[hm]\s*[/-]\s*f|f\s*[/-]\s*[hm])(?![\p{L}])|hommes?\s*(?:[/-]|ou)\s*femmes?|femmes?\s*(?:[/-]|ou)\s*hommes?|tous genres|toutes et tous|tous et toutes/iu;

/**
 * A word with the other gender's ending written into it, masculine-first ("chargé·e", "chargé.e",
 * "chargé(e)", "chargé-e", "animateur·rice", "animateur.ice", "animateur/trice", "infirmier/ère") or
 * feminine-first ("coordinatrice·eur", "animatrice·teur", "conseillère·er", "technicienne·ien"). The
 * ending must end the word: not followed by a letter nor by another hyphen, so that the parts of a
 * hyphenated place name ("Villeneuve-le-Roi", "Issy-les-Moulineaux") are not read as marks. Each word
 * is read with its own mark: one marked noun does not clear another. Read where a word starts (not
 * after a letter) and with its mark only: a word without a mark is passed over as a whole, so the
 * letters of a mark ("rice" in "animateur·rice") never start a word.
 */
const MARK = String.raw`(?:[·.•‧∙⋅\-/]|\(\s*)(?:e|fe|ne|nne|le|lle|te|tte|se|ère|ere|ière|iere|rice|trice|ice|euse|eure|ve|ive|esse|ente|ante|ée|eur|teur|er|ier|ien|é|ant|ent)s?\s*\)?(?![\p{L}-])`;
const MARKED_WORD = new RegExp(String.raw`(?<!\p{L})(\p{L}+)${MARK}`, "giu");

/** The runs of letters of a text. */
const WORDS = /\p{L}+/gu;
/**
 * What ends a part of a title: punctuation, a dash or slash between spaces, "et", "ou". Each starts
 * and ends with a character that is not a letter, so no run of letters crosses it.
 */
const SEGMENT_END = /[,;:–—|()«»"!?]|\s[-/]\s|\s+(?:et|ou)\s+/u;

/**
 * Gendered words that, after another word, are adjectives of it rather than the job's noun:
 * "Responsable adjoint", "Comptable expert", "Infographiste référent".
 */
const ADJECTIVAL = new Set(["adjoint", "adjoints", "expert", "experts", "référent", "referent", "référents", "referents"]);

/** Words after which the rest of a segment is a complement, not the job's noun ("chargé de…"). */
const PREPOSITIONS = new Set(["de", "des", "du", "d", "pour", "en", "à", "au", "aux", "sur", "avec", "chez", "dans", "par", "auprès", "l", "la", "le", "les", "sous"]);

/**
 * Words that open a title before the job's noun ("Recrutement d'un consultant", "Recherche un·e
 * animateur·rice"): skipped, with the articles and "de" that follow them, before the noun is looked for.
 */
const LEAD_IN = new Set(["recrutement", "recherche", "recrute", "recrutons", "cherche", "cherchons"]);
const LEAD_IN_LINKS = new Set(["d", "de", "un", "une"]);

/** A gendered form, its gender and the forms of the other gender that double it. */
interface Hit {
  gender: "m" | "f";
  counterparts: Set<string>;
}
const BY_FORM = new Map<string, Hit>();
const addForm = (form: string, gender: "m" | "f", counterparts: string[]) => {
  const hit = BY_FORM.get(form) ?? { gender, counterparts: new Set<string>() };
  counterparts.forEach((c) => hit.counterparts.add(c));
  BY_FORM.set(form, hit);
};
for (const line of GENDERED_JOB_NOUNS) {
  const [masculine, ...feminines] = line.split("|") as [string, ...string[]];
  addForm(masculine, "m", feminines);
  for (const f of feminines) addForm(f, "f", [masculine]);
}

const stripByNormalizing = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "");
/**
 * Each character below U+0300 (where no combining mark is) without its accents, computed once with
 * {@link stripByNormalizing}: a word of such characters is stripped character by character, to the
 * same result (each one's decomposition is a letter and marks, which no later character's reorders).
 */
const STRIPPED_CHARS: string[] = [];
for (let c = 0; c < 0x300; c++) STRIPPED_CHARS.push(stripByNormalizing(String.fromCharCode(c)));
/** A word without its accents (its decomposition without combining marks). */
const strip = (w: string) => {
  let out = "";
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x300) return stripByNormalizing(w);
    out += STRIPPED_CHARS[c]!;
  }
  return out;
};
/** Whether `strip` leaves a word as it is: always when it has no character from U+00C0 on (no accented letter, no combining mark). */
const isStripped = (w: string) => {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0xc0) return strip(w) === w;
  return true;
};
/** Forms without accents that are other words once stripped ("charge", "attache"): not looked up. */
const COLLISIONS = new Set(["charge", "charges", "attache", "attaches"]);
const UNACCENTED = new Map<string, Hit>();
/** Each listed form without its accents, computed once (a title's counterparts are looked up without accents too). */
const STRIPPED_FORMS = new Map<string, string>();
for (const [form, hit] of BY_FORM) {
  const stripped = strip(form);
  STRIPPED_FORMS.set(form, stripped);
  if (!COLLISIONS.has(stripped)) UNACCENTED.set(stripped, hit);
}
const stripForm = (form: string) => STRIPPED_FORMS.get(form) ?? strip(form);

/** A listed form, as written or without its accents; a word is taken for its form without accents only when it has none itself (its accents are looked at only then). */
const lookupForm = (word: string) => {
  const hit = BY_FORM.get(word);
  if (hit || COLLISIONS.has(word)) return hit;
  const unaccented = UNACCENTED.get(word);
  return unaccented && isStripped(word) ? unaccented : undefined;
};
/** A listed form, or one with the prefix "co" ("cocoordinateur", "coanimatrice"), doubled by the prefixed counterparts. */
const lookupOne = (word: string): Hit | undefined => {
  const hit = lookupForm(word);
  if (hit || !word.startsWith("co") || word.length < 6) return hit;
  const base = lookupForm(word.slice(2));
  return base && { gender: base.gender, counterparts: new Set([...base.counterparts].map((c) => `co${c}`)) };
};
/** Whether a word ends in "s" or "x" (a plural). */
const endsPlural = (w: string) => {
  const last = w.charCodeAt(w.length - 1);
  return last === 115 || last === 120;
};
/** A word without its final "s" or "x". */
const singular = (w: string) => (endsPlural(w) ? w.slice(0, -1) : w);
/** Whether the last word {@link lookup} found is a plural ("salariés", "femmes"): set by each call that finds one. */
let lookedUpPlural = false;
/** The form's entry; whether the word is its plural is left in {@link lookedUpPlural}. */
const lookup = (word: string): Hit | undefined => {
  const singular = lookupOne(word);
  if (singular) {
    lookedUpPlural = false;
    return singular;
  }
  const plural = endsPlural(word) ? lookupOne(word.slice(0, -1)) : undefined;
  if (plural) lookedUpPlural = true;
  return plural;
};

/** The forms of the words of a title in lower case, each also without its final "s" or "x" and without its accents. */
function presentForms(lower: string): Set<string> {
  const present = new Set<string>();
  for (const w of lower.match(WORDS) ?? []) {
    const stripped = isStripped(w) ? w : strip(w);
    present.add(w).add(singular(w)).add(stripped).add(singular(stripped));
  }
  return present;
}

/** A character that every mark of {@link MARKED_WORD} starts with: a title without one has no marked word. */
const MARK_START = /[·.•‧∙⋅\-/(]/u;
const NONE: ReadonlySet<string> = new Set();

/** The words of a title in lower case written with a mark of the other gender ("chargé·e": "chargé"). */
function markedWords(lower: string): ReadonlySet<string> {
  if (!MARK_START.test(lower)) return NONE;
  const marked = new Set<string>();
  MARKED_WORD.lastIndex = 0;
  for (let m = MARKED_WORD.exec(lower); m; m = MARKED_WORD.exec(lower)) marked.add(m[1]!);
  return marked;
}

/** Whether a form of the other gender of a noun is among the forms of the title, as written or without accents. */
function hasCounterpart(hit: Hit, present: Set<string>): boolean {
  for (const c of hit.counterparts) if (present.has(c) || present.has(stripForm(c))) return true;
  return false;
}

/**
 * The first masculine-only job noun of a title, or `undefined` when every part of the title names the
 * job epicene, marked, doubled or in the feminine. The title is judged noun by noun: each part's head
 * (the first gendered noun before the part's first preposition: "Responsable de l'accueil des
 * habitants" names a "responsable") must be marked itself ("chargé·e") or doubled ("animateur ou
 * animatrice"), unless the whole title carries "H/F", "F/H" or "Homme/Femme". A feminine-only title
 * ("Animatrice", "Cheffe de projet") is not judged, nor an adjective after another word ("Responsable
 * adjoint"), nor a plural noun after the part's first word, which names a public ("Responsable accueil
 * femmes victimes de violences").
 * @internal
 */
export function ungenderedTitleWord(title: string): { word: string; gender: "m" | "f" } | undefined {
  if (GLOBAL_MARK.test(title)) return undefined;
  const lower = title.toLowerCase();
  // The words present and the words marked are read only for a gendered head, once.
  let present: Set<string> | undefined;
  let marked: ReadonlySet<string> | undefined;
  for (const segment of lower.split(SEGMENT_END)) {
    const segmentWords = segment.match(WORDS);
    if (!segmentWords) continue;
    let start = 0;
    if (LEAD_IN.has(segmentWords[0]!)) do start++; while (LEAD_IN_LINKS.has(segmentWords[start] ?? ""));
    for (let k = start; k < segmentWords.length; k++) {
      const word = segmentWords[k]!;
      const position = k - start;
      if (PREPOSITIONS.has(word)) break;
      const hit = lookup(word);
      if (!hit || (lookedUpPlural && position > 0) || (position > 0 && ADJECTIVAL.has(word))) continue;
      const doubled = (marked ??= markedWords(lower)).has(word) || hasCounterpart(hit, (present ??= presentForms(lower)));
      if (!doubled && hit.gender === "m") return { word, gender: hit.gender };
      break; // the head is marked, doubled or feminine: the rest of the part is not judged
    }
  }
  return undefined;
}

/**
 * `title/not-gender-inclusive`: the title names the job in the masculine only ("Chargé de mission",
 * "Animateur") without "H/F", "F/H", "Homme/Femme", an ending of the other gender written on that noun
 * ("chargé·e", "chargé(e)", "animateur·rice", or feminine-first "coordinatrice·eur") or both forms
 * ("animateur ou animatrice"); judged noun by noun (see {@link ungenderedTitleWord}). Epicene titles
 * ("Responsable", "Secrétaire", "Comptable", "Bénévole") pass; feminine-only titles are not judged. An
 * offer may not mention the sex of the candidate sought (Code du travail L1142-1 1°); a masculine-only
 * title does.
 */
export const titleNotGenderInclusive: Rule = {
  code: "title/not-gender-inclusive",
  defaultSeverity: "warning",
  title: { fr: "Intitulé de poste non inclusif", en: "Job title not gender-inclusive" },
  sources: [
    { label: "Code du travail, art. L1142-1 1° (interdiction de mentionner le sexe du candidat recherché dans une offre)", url: "https://code.travail.gouv.fr/code-du-travail/l1142-1" },
    { label: "Directive (UE) 2023/970, art. 5 § 3 (intitulés de poste neutres)", url: "https://eur-lex.europa.eu/eli/dir/2023/970/oj" },
  ],
  message: {
    fr: (p) =>
      `L'intitulé désigne le poste au ${p["gender"] === "f" ? "féminin" : "masculin"} seulement (« ${p["word"] ?? "?"} ») : une offre ne peut pas mentionner le sexe du candidat recherché (Code du travail, art. L1142-1). Ajoutez « H/F » ou « F/H », écrivez les deux formes (« chargé·e », « animateur ou animatrice ») ou choisissez un intitulé épicène.`,
    en: (p) =>
      `The title names the job in the ${p["gender"] === "f" ? "feminine" : "masculine"} only ("${p["word"] ?? "?"}"): an offer may not mention the sex of the candidate sought (Code du travail, art. L1142-1). Add "H/F" or "F/H", write both forms ("chargé·e", "animateur ou animatrice") or choose an epicene title.`,
  },
  check(posting) {
    // lintJobPosting does not check the schema: a title that is not a string is not read.
    if (typeof posting.title !== "string") return [];
    const hit = ungenderedTitleWord(posting.title);
    return hit ? [{ path: ["title"], params: hit }] : [];
  },
};
