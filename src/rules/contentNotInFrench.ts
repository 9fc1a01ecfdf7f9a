import { postingTexts } from "./postingTexts.js";
import type { Rule, RuleFinding } from "./Rule.js";

/** English function words that are not French words. */
const EN = new Set(["the", "and", "of", "for", "with", "you", "your", "our", "we", "is", "are", "will", "be", "this", "that", "from", "to", "by", "at", "an", "who", "which", "have", "has", "it", "its", "their", "they", "would", "should", "must", "can"]);
/** French function words that are not English words. */
const FR = new Set(["le", "la", "les", "de", "des", "du", "un", "une", "et", "ou", "en", "au", "aux", "pour", "avec", "sur", "dans", "par", "à", "d", "l", "vous", "nous", "est", "sont", "qui", "que", "ce", "cette", "ses", "leur", "leurs", "être", "chez"]);

/** Counts English and French function words of a text. */
function counts(text: string): { en: number; fr: number; words: number } {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let en = 0;
  let fr = 0;
  for (const w of words) {
    if (EN.has(w)) en++;
    else if (FR.has(w)) fr++;
  }
  return { en, fr, words: words.length };
}

/**
 * `content/not-in-french`: a posting for a job in France must be written in French (Code du travail
 * L5331-4); a foreign term is allowed only with a detailed French description. Flags a declared
 * `language` other than French, else, as a heuristic, a title whose function words are English only
 * ("Project leader for an innovative social business") or a text of at least twelve words with more
 * than twice as many English function words as French ones (and at least five).
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
  check(posting) {
    if (posting.language !== undefined && !/^fr(?:-|$)/.test(posting.language)) return [{ path: ["language"], params: { problem: "language", language: posting.language } }];
    const findings: RuleFinding[] = [];
    for (const { path, text } of postingTexts(posting)) {
      const c = counts(text);
      const english = path[0] === "title" || path[0] === "subtitle" ? c.en >= 1 && c.fr === 0 && c.words >= 3 : c.words >= 12 && c.en >= 5 && c.en > 2 * c.fr;
      if (english) findings.push({ path, params: { problem: "text" } });
    }
    return findings;
  },
};
