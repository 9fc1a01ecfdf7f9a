// The diagnostics of this build against another build's, to the letter (codes, paths, severities and
// messages, in French and in English), with every difference printed; exits 1 on any. For a change
// meant to keep the rules' output (a speed-up): the examples, the invalid fixtures, the corpus, the
// throughput bench's variants, and `count` postings of the examples and the corpus whose free texts
// (the rules' `postingTexts`) get phrases aimed at the text rules (trigger words, signs of
// subordination, age phrases, discriminatory criteria, employment vocabulary), in capitals, with a
// long s or no-break spaces now and then, under a contract drawn from those the rules judge.
//
//   BASELINE=<path of another build's ESM entry, such as another checkout's src/index.ts> npx tsx bench/rule-differential.ts [count] [seed]
import { JobPostingSchema, validateJobPosting as validateHere } from "../src/index.js";
import { postingTexts } from "../src/rules/postingTexts.js";
import { corpusPostings } from "../test/support/fastPathDifferential.js";
import { examples, fixtures } from "../test/support/jsonSchemaCases.js";
import { EXAMPLES, postingSets } from "./support/postings.js";

const baseline = process.env["BASELINE"];
if (!baseline) throw new Error("BASELINE=<path of the other build's entry> is required");
const validateThere = ((await import(baseline)) as { validateJobPosting: typeof validateHere }).validateJobPosting;
const count = Number(process.argv[2] ?? 20_000);
let seed = Number(process.argv[3] ?? 1);
/** A linear congruential generator: the same inputs for the same seed. */
const rnd = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x80000000;
};
const pick = <T,>(a: readonly T[]) => a[Math.floor(rnd() * a.length)]!;

/** Phrases the text rules look for, or that look like them and must not be caught, and odd characters. */
const PHRASES = [
  "sous l'autorité de la directrice", "sous l’encadrement", "sous la responsabilité du bureau", "Sous la direction de",
  "rattaché au responsable", "rattachée hiérarchiquement à la DG", "rattachée au programme Erasmus+",
  "encadré par la coordinatrice", "encadrée par une convention", "supérieur hiérarchique", "rend compte à",
  "rendra compte au conseil d'administration", "compte au", "membre à part entière de l'équipe", "intégrée à l'équipe",
  "intégré dans notre équipe", "intégrés au sein de nos équipes", "horaires fixes", "horaire imposé", "horaires de bureau",
  "présence obligatoire", "exclusivité", "à titre exclusif", "exclusivement pour", "aucun autre client", "aucune exclusivité",
  "sans horaires imposés", "sans lien de subordination ni horaires imposés", "du lundi au vendredi de 9h à 17h",
  "de 9 h à 12 h", "entre 9h et 12h30", "de 9\u00a0h à 17\u202fh", "tous les jours de 8h-12h", "le samedi de 10h à 12h", "de 2 jours",
  "de 35 heures", "9H", "DE 9H À 17H", "chaque matin de 7h à 9h", "Entre 10 H et 11 H", "de 10h30 à 12h",
  "nationalité française exigée", "de nationalité européenne", "français de souche", "d'origine maghrébine",
  "anglais langue maternelle", "langue maternelle française", "profil féminin souhaité", "uniquement des femmes",
  "hommes uniquement", "réservé aux femmes", "poste réservé aux hommes", "vous êtes célibataire", "sans enfants",
  "sans charge de famille", "pas d'enfants à charge", "situation familiale compatible", "pas enceinte",
  "sans projet de grossesse", "physique agréable", "taille minimum", "jolie silhouette", "catholique pratiquant",
  "de confession musulmane exigée", "femme", "homme", "enfant", "famille", "Français", "âgé de 20 à 35 ans",
  "âgés de moins de 30 ans", "âgée de 25 ans maximum", "candidats de moins de 26 ans", "réservé aux jeunes de moins de 26 ans",
  "réservé aux moins de 26 ans", "ouvert aux -30 ans", "avoir entre 25 et 40 ans", "avoir moins de 26 ans",
  "âge maximum : 30 ans", "limite d'âge 45 ans", "16 à 25 ans", "moins de 20 ans d'expérience",
  "auprès de personnes âgées de moins de 25 ans", "accompagnement de jeunes âgés de 16 à 25 ans",
  "30 ans pour les personnes en situation de handicap", "RQTH", "ÂGÉ DE MOINS DE 30 ANS",
  "s’adresse à des jeunes de moins de 30 ans", "limitée aux moins de 30 ans", "vous êtes une jeune de moins de 30 ans",
  "être entre 20 et 35 ans", "destinée à des personnes de 18-29 ans", "limite d’âge : 35 ans", "âge plafond 40 ans",
  "accessible aux -30 ans", "candidat(e)s de 18 à 30 ans", "vous avez entre 25 et 40 ans", "âgé.e de 30 ans max",
  "ouverte à des candidates de moins de 28 ans", "moins de 30 anſ", "26 ans", "18 ans", "salaire", "salariés",
  "un tuteur, salarié de l'association", "l'équipe salariée", "rémunération", "rémunéré", "poste", "poste informatique",
  "La Poste", "CDD", "CDI", "au CDI du collège", "contrat de travail", "embauche", "recrutement", "recrutons",
  "offre d'emploi", "période d'essai", "ce n'est ni un salaire ni une rémunération", "SALAIRE", "ſalaire", "Kelvin K",
  "İNCLUSİON", "_sous l'autorité", "(sous l'autorité de)", "«rattaché au directeur»", "hiérarchique", "pas d'horaires fixes",
  "jamais exclusivité", "co-directrice", "DRH", "notre responsable", "l’équipe", "\n", ". ", ", ", " ; ", "é", "ſ", "\u00a0", "ǅ",
  "😀",
];
/** Contracts under which the rules judge the texts: freelance (and portage, not judged), service civique, employment. */
const CONTRACTS: object[][] = [
  [{ type: "freelance" }],
  [{ type: "freelance", status: "portage-salarial" }],
  [{ type: "service-civique" }],
  [{ type: "service-civique" }, { type: "benevolat" }],
  [{ type: "cdi" }],
  [{ type: "cdd", reason: "senior" }],
  [{ type: "apprentissage" }],
];

/** A text with one to three phrases put in at random places, now and then in capitals, with a long s or no-break spaces. */
function mutateText(text: string): string {
  let s = text;
  for (let i = 1 + Math.floor(rnd() * 3); i > 0; i--) {
    let phrase = pick(PHRASES);
    const r = rnd();
    if (r < 0.15) phrase = phrase.toUpperCase();
    else if (r < 0.2) phrase = phrase.replace(/s/g, "ſ");
    else if (r < 0.25) phrase = phrase.replace(/ /g, "\u00a0");
    const at = Math.floor(rnd() * (s.length + 1));
    s = s.slice(0, at) + (rnd() < 0.5 ? " " : "") + phrase + (rnd() < 0.5 ? " " : "") + s.slice(at);
  }
  return s;
}

type Doc = Record<string | number, unknown>;
/** The object at `path` under `doc`, the objects on the way created when absent. */
function parentOf(doc: Doc, path: readonly (string | number)[]): Doc {
  let o = doc;
  for (const k of path.slice(0, -1)) o = (o[k] ??= {}) as Doc;
  return o;
}

const bases = [...EXAMPLES, ...corpusPostings().map((c) => c.instance)].filter((b) => validateHere(b, { rules: false }).valid);
/** Texts a generated posting may get when its base has none there. */
const EXTRA: (string | number)[][] = [["content", "profile"], ["content", "summary"], ["requirements", "note"], ["eligibility", "note"], ["workingTime", "note"], ["subtitle"]];

/** A posting of the examples or the corpus, its contract now and then replaced, some of its free texts given phrases. */
function generated(): unknown {
  const p = structuredClone(pick(bases)) as Doc;
  if (rnd() < 0.6) p["contracts"] = structuredClone(pick(CONTRACTS));
  const parsed = JobPostingSchema.safeParse(p);
  if (!parsed.success) return p;
  const rate = rnd() < 0.5 ? 0.1 : 0.4;
  for (const { path, text } of postingTexts(parsed.data)) if (rnd() < rate) parentOf(p, path)[path[path.length - 1]!] = mutateText(text);
  if (rnd() < 0.5) {
    const path = pick(EXTRA);
    const parent = parentOf(p, path);
    const key = path[path.length - 1]!;
    parent[key] = mutateText(typeof parent[key] === "string" ? parent[key] : "");
  }
  if (rnd() < 0.05) p["title"] = 42; // invalid now and then: no rule runs
  return p;
}

const fixed = [...examples(), ...fixtures(), ...corpusPostings(), ...[...postingSets(60).valid, ...postingSets(60).invalid].map((p) => ({ name: `bench variant ${String(p["id"])}`, instance: p }))];
let comparisons = 0;
let differences = 0;
const findings = new Map<string, number>();
function compare(name: string, instance: unknown): void {
  for (const locale of ["fr", "en"] as const) {
    const there = JSON.stringify(validateThere(instance, { locale }));
    const here = validateHere(instance, { locale });
    comparisons++;
    if (there !== JSON.stringify(here)) {
      differences++;
      if (differences <= 10) console.log(`DIFFER ${name} (${locale})\n  baseline: ${there.slice(0, 800)}\n  here:     ${JSON.stringify(here).slice(0, 800)}`);
    }
    if (locale === "fr") for (const d of here.diagnostics) findings.set(d.code, (findings.get(d.code) ?? 0) + 1);
  }
}
const started = process.hrtime.bigint();
for (const c of fixed) compare(c.name, c.instance);
for (let i = 0; i < count; i++) compare(`generated ${i} (seed ${process.argv[3] ?? 1})`, generated());
console.log(`${comparisons} comparisons (${fixed.length} fixed inputs and ${count} generated ones, in French and English) in ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(0)} s: ${differences} differences.`);
console.log("findings by code (French run):", Object.fromEntries([...findings].sort((a, b) => b[1] - a[1])));
process.exitCode = differences ? 1 : 0;
