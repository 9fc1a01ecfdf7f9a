// The rules' diagnostics of this checkout against another build's, on the same postings: a change
// meant to make the rules cheaper must leave every diagnostic as it was (code, severity, path,
// message). Prints each disagreement; exits 1 on any. Not a timing.
//
//   RULES_COMPARE=<another build's ESM entry, such as /tmp/start/src/index.ts> npx tsx bench/rules-differential.ts [count]
//
// Inputs: the examples, the invalid fixtures, the corpus and the throughput bench's variants, as they
// are and with their texts mutated (swapped with other postings' texts, cut, extended with generated
// words); and `count` postings built on each example whose title, subtitle and texts are generated
// from the words the text rules look at (English and French function words in every case, gendered
// job nouns with and without accents, gender marks, separators, letters outside Latin-1, combining
// marks, lone surrogates), a third of them with as many English and French words as the English
// heuristic's thresholds. Each is linted in French, in English and at a 2016 date, and validated.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { lintJobPosting, validateJobPosting } from "../src/index.js";
import { GENDERED_JOB_NOUNS } from "../src/rules/genderedJobNouns.js";
import { postingSets } from "./support/postings.js";

type Lint = typeof lintJobPosting;
type Validate = typeof validateJobPosting;
const other = process.env["RULES_COMPARE"];
if (!other) throw new Error("RULES_COMPARE=<path of the other build's ESM entry> is required");
const built = (await import(other)) as { lintJobPosting: Lint; validateJobPosting: Validate };
const count = Number(process.argv.slice(2).find((a) => /^[0-9]+$/.test(a)) ?? 100_000);
const root = join(import.meta.dirname, "..");
const read = (...p: string[]) => JSON.parse(readFileSync(join(root, ...p), "utf8")) as Record<string, unknown>;

let seed = 14;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff), seed / 0x80000000);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

const stripped = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "");
const ACCENTS: Record<string, string[]> = { a: ["à", "â", "ä", "a\u0300"], e: ["é", "è", "ê", "ë", "e\u0301"], i: ["î", "ï", "ı"], o: ["ô", "ö", "ø"], u: ["ù", "û", "ü"], c: ["ç", "c\u0327"] };
const accented = (w: string) => w.replace(/[aeiouc]/g, (c) => (random() < 0.2 ? pick(ACCENTS[c]!) : c));
const forms = GENDERED_JOB_NOUNS.flatMap((line) => line.split("|"));
const NOUNS = [...forms, ...forms.map(stripped), ...forms.map((w) => w.normalize("NFD")), ...Array.from({ length: 300 }, () => accented(stripped(pick(forms))))];
const EN = ["the", "and", "of", "for", "with", "you", "your", "our", "we", "is", "are", "will", "be", "this", "that", "from", "to", "by", "at", "an", "who", "which", "have", "has", "it", "its", "their", "they", "would", "should", "must", "can", "there", "thee", "ands", "project", "projects", "innovative", "officer", "research", "policy"];
const FR = ["le", "la", "les", "de", "des", "du", "un", "une", "et", "ou", "en", "au", "aux", "pour", "avec", "sur", "dans", "par", "à", "d", "l", "vous", "nous", "est", "sont", "qui", "que", "ce", "cette", "ses", "leur", "leurs", "être", "chez", "À", "Être", "ſur", "ſes", "LES"];
const OTHER = ["mission", "responsable", "h/f", "F/H", "homme", "femme", "adjoint", "référent", "recrutement", "recherche", "d'un", "un·e", "co", "cocoordinateur", "coanimatrice", "salariés", "femmes", "victimes", "tous genres", "pôle emploi", "salaire", "freelance", "ans", "18 ans", "ǖber", "ﬁ", "Straße", "ΣΑΣ", "İstanbul", "𝒜bc", "𐐀𐐨", "e\u0301", "Ａｎｄ", "ǅ", "œuvre", "Œ", "ĳ", "ŉ", "ΐ"];
const MARKS = ["·e", ".e", "(e)", "-e", "/e", "·rice", ".ice", "/trice", "/ère", "·ère", "(ne)", "·s", "·es", "(e)s", "·eur", "·teur", "·er", "·ien", "-fe", "·e·s", "( e )", "·", ".", "-", "/", "(", "·ée", "·ante"];
const SEPARATORS = [" ", " ", " ", " ", ", ", " – ", " / ", " - ", " et ", " ou ", "  ", "\n", "’", "'", "(", ")", ": ", ";", "!", "?", "«", "»", '"', "|", "—", "-", "/", ".", "·", "\t", "\u00a0", "1", "2024", "é", "\ud835", "\udc9c", "\u0301", "_", "0"];
const cased = (w: string) => {
  const r = random();
  if (r < 0.4) return w.toUpperCase();
  if (r < 0.7) return w[0]!.toUpperCase() + w.slice(1);
  return [...w].map((c) => (random() < 0.5 ? c.toUpperCase() : c)).join("");
};
function word(pools: readonly (readonly string[])[]): string {
  let w = pick(pick(pools));
  if (random() < 0.3) w = cased(w);
  if (random() < 0.15) w += pick(MARKS);
  if (random() < 0.05) w += pick(["s", "x", "e"]);
  return w;
}
function text(pools: readonly (readonly string[])[], maxWords: number): string {
  let s = random() < 0.2 ? pick(SEPARATORS) : "";
  for (let i = Math.floor(random() * maxWords); i > 0; i--) s += word(pools) + pick(SEPARATORS);
  return random() < 0.5 ? s.trimEnd() : s;
}
/**
 * A text at the English heuristic's thresholds: 4 to 6 English words (1 to 3 in a short one), about
 * half as many French words, 10 to 14 words in all (2 to 4 in a short one), in any order, half of
 * them starting with an English word.
 */
function nearThreshold(short: boolean): string {
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
}

const cases: { name: string; posting: unknown }[] = [];
for (const f of readdirSync(join(root, "examples")).filter((f) => f.endsWith(".json")).sort()) cases.push({ name: `examples/${f}`, posting: read("examples", f) });
for (const f of readdirSync(join(root, "test/fixtures/invalid")).filter((f) => f.endsWith(".json")).sort()) cases.push({ name: f, posting: read("test/fixtures/invalid", f)["posting"] });
for (const d of readdirSync(join(root, "corpus/offers")).sort()) cases.push({ name: `corpus ${d}`, posting: read("corpus/offers", d, "posting.json") });
const { valid, invalid } = postingSets(60);
for (const p of [...valid, ...invalid]) cases.push({ name: `variant ${String(p["id"])}`, posting: p });

// Real postings with their texts mutated.
const realTexts: string[] = [];
const collect = (v: unknown): void => {
  if (typeof v === "string" && v.length > 3) realTexts.push(v);
  else if (v && typeof v === "object") for (const x of Object.values(v)) collect(x);
};
cases.forEach((c) => collect(c.posting));
const mutate = (v: unknown): unknown => {
  if (typeof v === "string" && v.length > 3 && random() < 0.3) {
    const r = random();
    return r < 0.4 ? pick(realTexts) : r < 0.7 ? text([EN, FR, OTHER, NOUNS], 40) : v.slice(0, Math.floor(random() * v.length)) + text([EN, FR], 10);
  }
  if (Array.isArray(v)) return v.map(mutate);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mutate(x)]));
  return v;
};
const real = [...cases];
for (let i = 0; i < count / 5; i++) {
  const c = pick(real);
  cases.push({ name: `${c.name}, mutated ${i}`, posting: mutate(c.posting) });
}
// Examples with generated titles and texts.
const examples = real.slice(0, 6).map((c) => c.posting as Record<string, unknown>);
for (let i = 0; i < count; i++) {
  const pools = random() < 0.5 ? [EN, EN, FR, OTHER] : random() < 0.5 ? [EN, FR, OTHER, NOUNS] : [NOUNS, OTHER, FR, MARKS];
  const threshold = random() < 0.3;
  const title = (threshold ? nearThreshold(true) : text(pools, 9)) || "x";
  const long = threshold ? nearThreshold(false) : text(pools, random() < 0.8 ? 30 : 120);
  const short = threshold ? nearThreshold(true) : text(pools, 8);
  const base = pick(examples);
  const content = { ...(base["content"] as object), summary: long, profile: long + short, missions: [{ title: short, tasks: [{ text: long, subtasks: [{ text: short }] }] }] };
  cases.push({ name: `generated ${i}`, posting: { ...base, language: random() < 0.9 ? base["language"] : "fr", title, subtitle: random() < 0.5 ? short : undefined, content } });
}

let disagreements = 0;
const started = process.hrtime.bigint();
for (const c of cases) {
  for (const options of [{}, { locale: "en" as const }, { date: "2016-01-01" }]) {
    const pairs: [string, unknown, unknown][] = [
      ["lint", lintJobPosting(c.posting as never, options), built.lintJobPosting(c.posting as never, options)],
      ["validate", validateJobPosting(c.posting, options).diagnostics, built.validateJobPosting(c.posting, options).diagnostics],
    ];
    for (const [what, mine, theirs] of pairs) {
      const [a, b] = [JSON.stringify(mine), JSON.stringify(theirs)];
      if (a !== b && disagreements++ < 20) console.log(`DIFFER ${what} ${c.name} ${JSON.stringify(options)}\n  this:  ${a}\n  other: ${b}`);
    }
  }
}
const seconds = (Number(process.hrtime.bigint() - started) / 1e9).toFixed(0);
console.log(`${cases.length} postings, each linted and validated in French, in English and at 2016-01-01, by this checkout and ${other}, in ${seconds} s: ${disagreements} disagreements.`);
process.exit(disagreements ? 1 : 0);
