import { literalAlternation } from "./literalAlternation.js";
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

/**
 * Words of a-z letters, found by the regular expression engine rather than read letter by letter
 * (an alternation factored by prefixes: the engine tries only the words starting with the letter it
 * reads): `inside` after a character that is not an ASCII letter, `start` at the text's start;
 * neither followed by an ASCII letter. A non-ASCII letter on either side is looked at for each find.
 */
interface LowerWords {
  inside: RegExp;
  start: RegExp;
}

function lowerWords(words: Iterable<string>): LowerWords {
  const list = literalAlternation(words);
  return { inside: new RegExp(`[^a-zA-Z](?:${list})(?![a-zA-Z])`, "g"), start: new RegExp(`^(?:${list})(?![a-zA-Z])`) };
}

const EN_WORDS = lowerWords(EN);
const EN_IN_TITLES_WORDS = lowerWords([...EN].filter((w) => !NOT_IN_TITLES.has(w)));

/** How many matches of `pattern` (global) `text` holds, counted up to `max` (a threshold is all the rule needs). */
function count(pattern: RegExp, text: string, max = Infinity): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < max && pattern.exec(text)) n++;
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
 * (all of a-z), written as they are there (lower case): one pass of the regular expression engine
 * over the text.
 */
function countLowerWords(text: string, { inside, start }: LowerWords): number {
  let n = 0;
  // A word at the start begins with a letter a-z: the engine is not called for the others.
  const c = text.charCodeAt(0);
  const first = c >= 97 && c <= 122 ? start.exec(text) : null;
  if (first && (first[0].length === text.length || !isLetterAt(text, first[0].length, false))) n++;
  inside.lastIndex = 0;
  for (let m = inside.exec(text); m; m = inside.exec(text)) {
    const end = m.index + m[0].length;
    if (!isLetterAt(text, m.index, true) && (end === text.length || !isLetterAt(text, end, false))) n++;
  }
  return n;
}

/**
 * Whether a text reads as English. A title: at least two English function words in lower case (not
 * those of {@link NOT_IN_TITLES}) or English title words ({@link EN_TITLE_WORDS}, any case), no French
 * function word, three words or more; the French words are looked for first (most titles have one,
 * early), up to the first. Another text: at least five English function words in lower case ("for",
 * not "IT" in "ADMINISTRATEUR IT"), more than twice as many as French ones, twelve words or more. The
 * English words are counted first, over the whole text; the French words and the words only when
 * there are enough English ones (which most French texts have not), and only up to the count that
 * decides.
 */
function readsEnglish(text: string, title: boolean): boolean {
  if (title) {
    return count(FR_ANY_CASE, text, 1) === 0 && countLowerWords(text, EN_IN_TITLES_WORDS) + count(EN_TITLE_ANY_CASE, text) >= 2 && count(WORD, text, 3) >= 3;
  }
  // Twelve words are twelve letters at least, each pair apart: a shorter text is not read.
  if (text.length < 2 * 12 - 1) return false;
  const en = countLowerWords(text, EN_WORDS);
  // More than twice as many English words as French ones: fewer than en / 2 French words.
  return en >= 5 && 2 * count(FR_ANY_CASE, text, Math.ceil(en / 2)) < en && count(WORD, text, 12) >= 12;
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
      if (readsEnglish(text, path[0] === "title" || path[0] === "subtitle")) findings.push({ path, params: { problem: "text" } });
    }
    return findings;
  },
};
