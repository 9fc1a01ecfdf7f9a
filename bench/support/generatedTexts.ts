// Postings for the title and text rules (bench/rules-differential.ts): real postings with their texts
// mutated (swapped with other postings' texts, cut, extended with generated words), and examples whose
// title, subtitle and texts are generated from the words the text rules look at (English and French
// function words in every case, gendered job nouns with and without accents, gender marks, separators,
// letters outside Latin-1, combining marks, lone surrogates), a third of them with as many English and
// French words as the English heuristic's (content/not-in-french) thresholds.
import { GENDERED_JOB_NOUNS } from "../../src/rules/genderedJobNouns.js";
import type { Seeded } from "./seeded.js";

type Pools = readonly (readonly string[])[];
const EN = ["the", "and", "of", "for", "with", "you", "your", "our", "we", "is", "are", "will", "be", "this", "that", "from", "to", "by", "at", "an", "who", "which", "have", "has", "it", "its", "their", "they", "would", "should", "must", "can", "there", "thee", "ands", "project", "projects", "innovative", "officer", "research", "policy"];
const FR = ["le", "la", "les", "de", "des", "du", "un", "une", "et", "ou", "en", "au", "aux", "pour", "avec", "sur", "dans", "par", "à", "d", "l", "vous", "nous", "est", "sont", "qui", "que", "ce", "cette", "ses", "leur", "leurs", "être", "chez", "À", "Être", "ſur", "ſes", "LES"];
const OTHER = ["mission", "responsable", "h/f", "F/H", "homme", "femme", "adjoint", "référent", "recrutement", "recherche", "d'un", "un·e", "co", "cocoordinateur", "coanimatrice", "salariés", "femmes", "victimes", "tous genres", "pôle emploi", "salaire", "freelance", "ans", "18 ans", "ǖber", "ﬁ", "Straße", "ΣΑΣ", "İstanbul", "𝒜bc", "𐐀𐐨", "e\u0301", "Ａｎｄ", "ǅ", "œuvre", "Œ", "ĳ", "ŉ", "ΐ"];
const MARKS = ["·e", ".e", "(e)", "-e", "/e", "·rice", ".ice", "/trice", "/ère", "·ère", "(ne)", "·s", "·es", "(e)s", "·eur", "·teur", "·er", "·ien", "-fe", "·e·s", "( e )", "·", ".", "-", "/", "(", "·ée", "·ante"];
const SEPARATORS = [" ", " ", " ", " ", ", ", " – ", " / ", " - ", " et ", " ou ", "  ", "\n", "’", "'", "(", ")", ": ", ";", "!", "?", "«", "»", '"', "|", "—", "-", "/", ".", "·", "\t", "\u00a0", "1", "2024", "é", "\ud835", "\udc9c", "\u0301", "_", "0"];
const ACCENTS: Record<string, string[]> = { a: ["à", "â", "ä", "a\u0300"], e: ["é", "è", "ê", "ë", "e\u0301"], i: ["î", "ï", "ı"], o: ["ô", "ö", "ø"], u: ["ù", "û", "ü"], c: ["ç", "c\u0327"] };
const stripped = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "");

/** Generators of texts and postings drawing from the seeded source. */
export function textGenerators({ random, pick }: Seeded) {
  const accented = (w: string) => w.replace(/[aeiouc]/g, (c) => (random() < 0.2 ? pick(ACCENTS[c]!) : c));
  const forms = GENDERED_JOB_NOUNS.flatMap((line) => line.split("|"));
  const NOUNS = [...forms, ...forms.map(stripped), ...forms.map((w) => w.normalize("NFD")), ...Array.from({ length: 300 }, () => accented(stripped(pick(forms))))];
  const cased = (w: string) => {
    const r = random();
    if (r < 0.4) return w.toUpperCase();
    if (r < 0.7) return w[0]!.toUpperCase() + w.slice(1);
    return [...w].map((c) => (random() < 0.5 ? c.toUpperCase() : c)).join("");
  };
  const word = (pools: Pools): string => {
    let w = pick(pick(pools));
    if (random() < 0.3) w = cased(w);
    if (random() < 0.15) w += pick(MARKS);
    if (random() < 0.05) w += pick(["s", "x", "e"]);
    return w;
  };
  const text = (pools: Pools, maxWords: number): string => {
    let s = random() < 0.2 ? pick(SEPARATORS) : "";
    for (let i = Math.floor(random() * maxWords); i > 0; i--) s += word(pools) + pick(SEPARATORS);
    return random() < 0.5 ? s.trimEnd() : s;
  };
  /**
   * A text at the English heuristic's thresholds: 4 to 6 English words (1 to 3 in a short one), about
   * half as many French words, 10 to 14 words in all (2 to 4 in a short one), in any order, half of
   * them starting with an English word.
   */
  const nearThreshold = (short: boolean): string => {
    const en = short ? 1 + Math.floor(random() * 3) : 4 + Math.floor(random() * 3);
    const fr = Math.max(0, Math.floor(en / 2) - 1 + Math.floor(random() * 3));
    const all = short ? 2 + Math.floor(random() * 3) : 10 + Math.floor(random() * 5);
    const words = [...Array.from({ length: en }, () => pick(EN)), ...Array.from({ length: fr }, () => pick(FR)), ...Array.from({ length: Math.max(0, all - en - fr) }, () => word([OTHER, NOUNS]))];
    for (let i = words.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [words[i], words[j]] = [words[j]!, words[i]!];
    }
    if (random() < 0.5) words[0] = pick(EN); // a text that starts with a word it counts
    return words.map((w, i) => (i === 0 ? "" : pick(SEPARATORS)) + (random() < 0.1 ? cased(w) : w)).join("") + (random() < 0.3 ? pick(SEPARATORS) : "");
  };

  /** `posting` with three in ten of its strings swapped for one of `realTexts`, generated words, or cut and extended. */
  const mutated = (posting: unknown, realTexts: readonly string[]): unknown => {
    const mutate = (v: unknown): unknown => {
      if (typeof v === "string" && v.length > 3 && random() < 0.3) {
        const r = random();
        return r < 0.4 ? pick(realTexts) : r < 0.7 ? text([EN, FR, OTHER, NOUNS], 40) : v.slice(0, Math.floor(random() * v.length)) + text([EN, FR], 10);
      }
      if (Array.isArray(v)) return v.map(mutate);
      if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mutate(x)]));
      return v;
    };
    return mutate(posting);
  };

  /** One of `examples` with a generated title, subtitle and texts (a third at the English heuristic's thresholds). */
  const titled = (examples: readonly Record<string, unknown>[]): unknown => {
    const pools = random() < 0.5 ? [EN, EN, FR, OTHER] : random() < 0.5 ? [EN, FR, OTHER, NOUNS] : [NOUNS, OTHER, FR, MARKS];
    const threshold = random() < 0.3;
    const title = (threshold ? nearThreshold(true) : text(pools, 9)) || "x";
    const long = threshold ? nearThreshold(false) : text(pools, random() < 0.8 ? 30 : 120);
    const short = threshold ? nearThreshold(true) : text(pools, 8);
    const base = pick(examples);
    const content = { ...(base["content"] as object), summary: long, profile: long + short, missions: [{ title: short, tasks: [{ text: long, subtasks: [{ text: short }] }] }] };
    return { ...base, language: random() < 0.9 ? base["language"] : "fr", title, subtitle: random() < 0.5 ? short : undefined, content };
  };
  return { mutated, titled };
}

/** Every string longer than three characters in `v`, depth first. */
export function stringsOf(v: unknown, into: string[] = []): string[] {
  if (typeof v === "string" && v.length > 3) into.push(v);
  else if (v && typeof v === "object") for (const x of Object.values(v)) stringsOf(x, into);
  return into;
}
