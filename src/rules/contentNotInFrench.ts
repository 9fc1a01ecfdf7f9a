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

/** A whole word (a maximal run of letters) among `words`, built once: counting its matches reads the text once, without splitting it. */
const anyOf = (words: Iterable<string>, flags: string) => new RegExp(`(?<!\\p{L})(?:${[...words].join("|")})(?!\\p{L})`, flags);
/** English function words written in lower case, and the same without the short ones for titles. */
const EN_LOWER = anyOf(EN, "gu");
const EN_LOWER_IN_TITLES = anyOf([...EN].filter((w) => !NOT_IN_TITLES.has(w)), "gu");
const EN_TITLE_ANY_CASE = anyOf(EN_TITLE_WORDS, "giu");
const FR_ANY_CASE = anyOf(FR, "giu");
const WORD = /\p{L}+/gu;

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
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
  const en = title ? count(EN_LOWER_IN_TITLES, text) + count(EN_TITLE_ANY_CASE, text) : count(EN_LOWER, text);
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
