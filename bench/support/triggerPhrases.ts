// Postings for the trigger-word rules (bench/rules-differential.ts): the examples and the corpus, their
// contract now and then replaced by one the rules judge, some of their free texts (the rules'
// `postingTexts`) given phrases aimed at the text rules (signs of subordination, age phrases,
// discriminatory criteria, employment vocabulary, and look-alikes that must not be caught), in
// capitals, with a long s or no-break spaces now and then.
import { JobPostingSchema, validateJobPosting } from "../../src/index.js";
import { postingTexts } from "../../src/rules/postingTexts.js";
import { corpusPostings } from "../../test/support/fastPathDifferential.js";
import { EXAMPLES } from "./postings.js";
import type { Seeded } from "./seeded.js";

/** Phrases the text rules look for, or that look like them and must not be caught, and odd characters. */
export const PHRASES = [
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
/** Texts a generated posting may get when its base has none there. */
const EXTRA: (string | number)[][] = [["content", "profile"], ["content", "summary"], ["requirements", "note"], ["eligibility", "note"], ["workingTime", "note"], ["subtitle"]];

type Doc = Record<string | number, unknown>;
/** The object at `path` under `doc`, the objects on the way created when absent. */
function parentOf(doc: Doc, path: readonly (string | number)[]): Doc {
  let o = doc;
  for (const k of path.slice(0, -1)) o = (o[k] ??= {}) as Doc;
  return o;
}

/** A generator of postings with trigger phrases, drawing from the seeded source. */
export function triggerPostings({ random, pick }: Seeded): () => unknown {
  /** A text with one to three phrases put in at random places, now and then in capitals, with a long s or no-break spaces. */
  const withPhrases = (text: string): string => {
    let s = text;
    for (let i = 1 + Math.floor(random() * 3); i > 0; i--) {
      let phrase = pick(PHRASES);
      const r = random();
      if (r < 0.15) phrase = phrase.toUpperCase();
      else if (r < 0.2) phrase = phrase.replace(/s/g, "ſ");
      else if (r < 0.25) phrase = phrase.replace(/ /g, "\u00a0");
      const at = Math.floor(random() * (s.length + 1));
      s = s.slice(0, at) + (random() < 0.5 ? " " : "") + phrase + (random() < 0.5 ? " " : "") + s.slice(at);
    }
    return s;
  };
  const bases = [...EXAMPLES, ...corpusPostings().map((c) => c.instance)].filter((b) => validateJobPosting(b, { rules: false }).valid);
  return () => {
    const p = structuredClone(pick(bases)) as Doc;
    if (random() < 0.6) p["contracts"] = structuredClone(pick(CONTRACTS));
    const parsed = JobPostingSchema.safeParse(p);
    if (!parsed.success) return p;
    const rate = random() < 0.5 ? 0.1 : 0.4;
    for (const { path, text } of postingTexts(parsed.data)) if (random() < rate) parentOf(p, path)[path[path.length - 1]!] = withPhrases(text);
    if (random() < 0.5) {
      const path = pick(EXTRA);
      const parent = parentOf(p, path);
      const key = path[path.length - 1]!;
      parent[key] = withPhrases(typeof parent[key] === "string" ? parent[key] : "");
    }
    if (random() < 0.05) p["title"] = 42; // invalid now and then: no rule runs
    return p;
  };
}
