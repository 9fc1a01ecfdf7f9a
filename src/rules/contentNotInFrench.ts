import { postingTexts } from "./postingTexts.js";
import type { Rule, RuleFinding } from "./Rule.js";

/** English function words that are not French words. */
const EN = new Set(["the", "and", "of", "for", "with", "you", "your", "our", "we", "is", "are", "will", "be", "this", "that", "from", "to", "by", "at", "an", "who", "which", "have", "has", "it", "its", "their", "they", "would", "should", "must", "can"]);
/**
 * Not read in titles: short words that are French too or part of names ("1 an", "IT", "Be", "at"),
 * where one word weighs too much.
 */
const NOT_IN_TITLES = new Set(["it", "be", "at", "an", "to"]);
/**
 * English words frequent in job titles that are not French ("project", not "projet"; "innovative",
 * not "innovante"): counted with the function words in a title. Words French postings use as they
 * are ("manager", "community", "business", "leader") are not listed.
 */
const EN_TITLE_WORDS = new Set(["project", "projects", "innovative", "officer", "developer", "engineer", "coordinator", "director", "fundraiser", "fundraising", "partnership", "partnerships", "sustainable", "advocacy", "policy", "research", "researcher"]);
/** French function words that are not English words. */
const FR = new Set(["le", "la", "les", "de", "des", "du", "un", "une", "et", "ou", "en", "au", "aux", "pour", "avec", "sur", "dans", "par", "à", "d", "l", "vous", "nous", "est", "sont", "qui", "que", "ce", "cette", "ses", "leur", "leurs", "être", "chez"]);

/** A whole word (a maximal run of letters) among `words`, any case, built once: counting its matches reads the text once. */
const anyOf = (words: Iterable<string>) => new RegExp(`(?<!\\p{L})(?:${[...words].join("|")})(?!\\p{L})`, "giu");
const EN_TITLE_ANY_CASE = anyOf(EN_TITLE_WORDS);
const FR_ANY_CASE = anyOf(FR);
const WORD = /\p{L}+/gu;
const LETTER = /\p{L}/u;

/** Words of a-z letters as a tree of their letters (`next[code - 97]`), walked while a word is read: no string is cut out. */
interface LetterTree {
  next: (LetterTree | undefined)[];
  /** Whether the letters up to here are a word. */
  word: boolean;
}

function letterTree(words: Iterable<string>): LetterTree {
  const root: LetterTree = { next: [], word: false };
  for (const w of words) {
    let node = root;
    for (let i = 0; i < w.length; i++) node = node.next[w.charCodeAt(i) - 97] ??= { next: [], word: false };
    node.word = true;
  }
  return root;
}

const EN_TREE = letterTree(EN);
const EN_IN_TITLES_TREE = letterTree([...EN].filter((w) => !NOT_IN_TITLES.has(w)));

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

/** Whether the code point at `i` (or the one ending at `i` when `before`) is a letter. */
function isLetterAt(text: string, i: number, before: boolean): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const start = before && c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i;
  return LETTER.test(String.fromCodePoint(text.codePointAt(start)!));
}

/**
 * How many whole words of `text` (maximal runs of letters, as `\p{L}+` reads them) are among `words`
 * (all of a-z), written as they are there (lower case): one pass over the text, each run of a-z
 * walked down the tree of the words as it is read, the letters on either side looked at only for a
 * run that is a word.
 */
function countLowerWords(text: string, words: LetterTree): number {
  let n = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    let c = text.charCodeAt(i);
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    const start = i;
    let node: LetterTree | undefined = words;
    do {
      node = node?.next[c - 97];
      c = ++i < length ? text.charCodeAt(i) : 0;
    } while (c >= 97 && c <= 122);
    if (node?.word && (start === 0 || !isLetterAt(text, start - 1, true)) && (i === length || !isLetterAt(text, i, false))) n++;
  }
  return n;
}

/**
 * Counts English and French function words of a text. English function words count only when written
 * in lower case ("for", not "IT" in "ADMINISTRATEUR IT"); in a title, the words of
 * {@link NOT_IN_TITLES} do not count and English title words ({@link EN_TITLE_WORDS}, any case) do.
 * The English words are counted first: the French ones and the words are counted only when there are
 * enough English words for the text to be judged English (`enough`), which most French texts have not.
 */
function counts(text: string, title: boolean, enough: number): { en: number; fr: number; words: number } {
  const en = title ? countLowerWords(text, EN_IN_TITLES_TREE) + count(EN_TITLE_ANY_CASE, text) : countLowerWords(text, EN_TREE);
  if (en < enough) return { en, fr: 0, words: 0 };
  return { en, fr: count(FR_ANY_CASE, text), words: count(WORD, text) };
}

/**
 * `content/not-in-french`: a posting for a job in France must be written in French (Code du travail
 * L5331-4); a foreign term is allowed only with a detailed French description. Flags a declared
 * `language` other than French, else, as a heuristic, a title with no French function word and at
 * least two English words in lower case ("Project leader for an innovative social business": "for",
 * "project", "innovative"; not "Responsable programme Tech for Good" nor "ADMINISTRATEUR IT") or a
 * text of at least twelve words with more than twice as many English function words in lower case as
 * French ones (and at least five).
 */
export const contentNotInFrench: Rule = {
  code: "content/not-in-french",
  defaultSeverity: "warning",
  title: { fr: "Offre non rédigée en français", en: "Posting not written in French" },
  sources: [{ label: "Code du travail, art. L5331-4 (offre rédigée en langue française)", url: "https://code.travail.gouv.fr/code-du-travail/l5331-4" }],
  message: {
    fr: (p) =>
      p["problem"] === "language"
        ? `La langue déclarée de l'offre est « ${p["language"] ?? "?"} » : une offre d'emploi pour un poste en France doit être rédigée en français (Code du travail, art. L5331-4).`
        : "Ce texte semble rédigé en anglais : une offre d'emploi pour un poste en France doit être rédigée en français, un terme étranger sans équivalent n'étant admis qu'avec une description détaillée en français (Code du travail, art. L5331-4).",
    en: (p) =>
      p["problem"] === "language"
        ? `The posting's declared language is "${p["language"] ?? "?"}": a job offer for a job in France must be written in French (Code du travail, art. L5331-4).`
        : "This text seems to be in English: a job offer for a job in France must be written in French; a foreign term without French equivalent is allowed only with a detailed French description (Code du travail, art. L5331-4).",
  },
  check(posting, context) {
    if (posting.language !== undefined && !/^fr(?:-|$)/.test(posting.language)) return [{ path: ["language"], params: { problem: "language", language: posting.language } }];
    const findings: RuleFinding[] = [];
    for (const { path, text } of postingTexts(posting, context)) {
      const title = path[0] === "title" || path[0] === "subtitle";
      const c = counts(text, title, title ? 2 : 5);
      const english = title ? c.en >= 2 && c.fr === 0 && c.words >= 3 : c.words >= 12 && c.en >= 5 && c.en > 2 * c.fr;
      if (english) findings.push({ path, params: { problem: "text" } });
    }
    return findings;
  },
};
