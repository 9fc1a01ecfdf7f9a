import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import { candidateTexts } from "./candidateTexts.js";
import type { Rule, RuleFinding } from "./Rule.js";
import { schemeAgeBounds } from "./schemeAgeBounds.js";
import { triggerWords } from "./triggerWords.js";
import { wordPattern } from "./wordPattern.js";

/** The upper bounds the posting's contracts and schemes allow it to state at the date, without and with a disability. */
function allowedMax(posting: JobPosting, date: string): { max: Set<number>; maxDisability: Set<number> } {
  const keys = [
    ...posting.contracts.map((c) => (c.type === "cdd" && c.reason === "senior" ? "senior" : c.type)),
    ...(posting.schemes ?? []).map((s) => s.type),
  ];
  const max = new Set<number>();
  const maxDisability = new Set<number>();
  for (const k of new Set(keys)) {
    const b = schemeAgeBounds(k, date);
    b.max.forEach((n) => max.add(n));
    b.maxDisability.forEach((n) => maxDisability.add(n));
  }
  return { max, maxDisability };
}

/** After "ans": a number of years of experience or of practice, not an age ("moins de 20 ans d'expérience"). */
const NOT_AGE = "(?!\\s+(?:d['’](?:expérience|ancienneté|exercice)|de (?:pratique|métier|carrière)|dans (?:le|la|les|l['’]|un|une|ce|cette|ces|des|votre|notre)\\s))";
/** "âgé", "âgée", "âgé(e)", "âgé·e", "âgé.e", "âgés". */
const AGED = "âgé(?:e|\\(e\\)|[·.]e)?s?";
/** Words that address the candidate: "réservé aux", "ouvert aux", "vous êtes un·e". */
const ADDRESSED = "(?:candidat(?:e|\\(e\\)|[·.]e)?s?|(?:réservée?s?|ouverte?s?|destinée?s?|accessibles?|s['’]adresse|limitée?s?) (?:aux|à des|à) (?:jeunes|personnes|candidate?s?)|vous êtes (?:une? )?(?:jeune|personne))";
/**
 * Phrases that set an UPPER age on the candidate, the age being the last number captured: "âgé(e) de
 * 20 à 35 ans", "âgés de moins de 30 ans", "candidats de moins de 26 ans", "réservé aux jeunes de moins
 * de 26 ans", "réservé aux moins de 26 ans", "avoir entre 25 et 40 ans", "avoir moins de 26 ans", "âge
 * maximum : 30 ans", "30 ans maximum". A lower bound alone ("avoir plus de 21 ans", "18 ans minimum") is
 * no limit in the sense of L5331-2 and is not caught. "Jeunes" and "personnes" count only when the text
 * addresses them as candidates: "accompagnement de jeunes de moins de 26 ans" is the public served.
 */
const UPPER_AGE_TEXT = wordPattern(
  [
    `${AGED} (?:de |d['’]|entre )?(?:\\d{2})(?: ans)?(?: à | et |-)(\\d{2}) ans${NOT_AGE}`,
    `${AGED} (?:de |d['’])?(?:moins de |au plus |au maximum |maximum )(\\d{2}) ans${NOT_AGE}`,
    `${AGED} (?:de |d['’])?(\\d{2}) ans (?:au plus|au maximum|maximum|max)`,
    `${ADDRESSED} (?:de |d['’]|${AGED} de )?(?:moins de |\\d{2} ?(?:à|-) ?)(\\d{2}) ans${NOT_AGE}`,
    `(?:réservée?s?|ouverte?s?|destinée?s?|accessibles?|limitée?s?) aux (?:moins de |-)(\\d{2}) ans`,
    `(?:être|avoir|vous avez) (?:entre )?(?:\\d{2}) (?:à|et) (\\d{2}) ans${NOT_AGE}`,
    `(?:avoir|vous avez) moins de (\\d{2}) ans${NOT_AGE}`,
    `(?:âge (?:maximum|maximal|limite|plafond)|limite d['’]âge)(?: ?: ?| de | )(\\d{2}) ans`,
  ].join("|"),
  "giu",
);

/**
 * Words just before an age phrase that make it the public served, not a condition on the candidate:
 * "expérience auprès de personnes âgées de moins de 25 ans", "accompagnement de jeunes âgés de 16 à 25
 * ans", "public : jeunes de 16 à 25 ans". At most four words may stand between.
 */
const PUBLIC_BEFORE = /(?<!\p{L})(?:auprès\s+(?:de|des|du|d['’])|accompagnement\s+(?:de|des|du|d['’])|accompagner|publics?(?!\p{L}))(?:\s*:)?[\s'’]*(?:[\p{L}\p{N}-]+[\s'’]+){0,4}$/iu;
/** A disability named near the age: "30 ans pour les personnes en situation de handicap", "RQTH". */
const DISABILITY = /handicap|\brqth\b|\bboeth\b|invalidit/iu;
/** How far around a phrase its sentence is read (bounded: no pattern runs over the text before a match). */
const AROUND = 160;

/**
 * Two digits and " ans" in any case ("26 ans", "26 ANS", "26 anſ"), which every phrase of
 * {@link UPPER_AGE_TEXT} contains: a text without it is not searched (most are not). Looked for in
 * the text as written, with the pattern's own case folding (no lower-case copy of the text).
 */
const MAY_STATE_AGE = /\d\d ans/iu;

/**
 * The words one of which starts every phrase of {@link UPPER_AGE_TEXT} ("âgé", the words of
 * `ADDRESSED`, "réservé aux", "être", "avoir", "vous avez", "âge maximum", "limite d'âge"), looked for
 * in any case on a text that holds {@link MAY_STATE_AGE}: a text holding none ("les jeunes de 16 à 25
 * ans", the public served) is not searched with the phrases' pattern, the slowest of the rule.
 */
const AGE_KEYS = triggerWords({
  phrase: ["âgé", "candidat", "réservé", "ouvert", "destiné", "accessible", "s'adresse", "s’adresse", "limité", "vous êtes", "être", "avoir", "vous avez", "âge", "limite d"],
});

/** The upper-age phrases of a text that the allowed bounds do not cover. */
function upperAgeConditions(text: string, allowed: { max: Set<number>; maxDisability: Set<number> }): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(UPPER_AGE_TEXT)) {
    const age = Number(m.slice(1).find((x) => x !== undefined));
    if (!(age > 18)) continue; // 16, 18: minors' work and majority, set by law
    const start = m.index ?? 0;
    const sentence = text.slice(Math.max(0, start - AROUND), start).split(/[.!?;\n]/u).pop() ?? "";
    if (PUBLIC_BEFORE.test(sentence)) continue;
    if (allowed.max.has(age)) continue;
    if (allowed.maxDisability.has(age) && DISABILITY.test(text.slice(Math.max(0, start - AROUND), start + m[0].length + AROUND))) continue;
    found.push(m[0]);
  }
  return found;
}

/**
 * `applicant/age-limit`: an UPPER age limit that is not a legal scheme's own. A posting may not state
 * an upper age limit (Code du travail L5331-2) nor select on age (L1132-1, L5321-2), unless the law sets
 * that age: a posting whose contract or scheme sets it at the reference date (service civique 25, or 30
 * for people with a disability; apprentissage 29 or 35; professionnalisation 25; emploi-tremplin
 * groups…, see {@link schemeAgeBounds}) may repeat it; a disability-only bound (service civique's 30)
 * only beside that condition ("16 à 30 ans" alone is caught). A lower age (a driving licence's 21, 18
 * for night work or majority) is no limit in the sense of L5331-2 and is not judged. Reads the
 * eligibility conditions (a `max` age, beside a `disability` condition in the same group for the
 * disability bound) and the texts describing the candidate (title, profile, requirements, eligibility)
 * of every posting, CDI and CDD included; years of experience and the public served ("auprès de
 * personnes âgées de moins de 25 ans") are not age conditions.
 */
export const applicantAgeLimit: Rule = {
  code: "applicant/age-limit",
  defaultSeverity: "error",
  title: { fr: "Limite d'âge supérieure non prévue par la loi", en: "Upper age limit not set by law" },
  sources: [
    { label: "Code du travail, art. L5331-2 (pas de limite d'âge supérieure dans une offre, sauf si la loi l'impose)", url: "https://code.travail.gouv.fr/code-du-travail/l5331-2" },
    { label: "Code du travail, art. L1132-1 (discrimination fondée sur l'âge)", url: "https://code.travail.gouv.fr/code-du-travail/l1132-1" },
    { label: "Code du travail, art. L5321-2 (aucune offre ne peut faire référence aux critères de L1132-1)", url: "https://code.travail.gouv.fr/code-du-travail/l5321-2" },
    { label: "Code du service national, art. L120-1 (service civique : 16 à 25 ans, 30 ans pour les personnes en situation de handicap)", url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006071335" },
  ],
  message: {
    fr: (p) =>
      `Limite d'âge supérieure (${p["age"] ?? "limite d'âge"}) qui n'est pas celle d'un dispositif légal de l'offre : une offre ne peut fixer de limite d'âge supérieure que si la loi l'impose (Code du travail, art. L5331-2) ; sélectionner sur l'âge est une discrimination (art. L1132-1).`,
    en: (p) =>
      `Upper age limit (${p["ageEn"] ?? "an age limit"}) that is not a legal scheme's own: a posting may set an upper age limit only when the law imposes it (Code du travail, art. L5331-2); selecting on age is discrimination (art. L1132-1).`,
  },
  check(posting, context) {
    // The allowed bounds are looked up only for a posting that states an age.
    let bounds: ReturnType<typeof allowedMax> | undefined;
    const allowed = () => (bounds ??= allowedMax(posting, context.date));
    const findings: RuleFinding[] = [];
    posting.eligibility?.anyOf.forEach((g, gi) => {
      const withDisability = g.allOf.some((c) => c.type === "disability");
      g.allOf.forEach((c, ci) => {
        if (c.type !== "age" || c.max === undefined || (c.min !== undefined && c.min > c.max)) return; // inverted: range/min-above-max
        if (allowed().max.has(c.max) || (withDisability && allowed().maxDisability.has(c.max))) return;
        findings.push({ path: ["eligibility", "anyOf", gi, "allOf", ci, "max"], params: { age: `${c.max} ans au plus`, ageEn: `${c.max} or younger` } });
      });
    });
    for (const { path, text } of candidateTexts(posting, context)) {
      if (!MAY_STATE_AGE.test(text) || !AGE_KEYS.any.test(text)) continue;
      const [phrase] = upperAgeConditions(text, allowed());
      if (phrase) findings.push({ path, params: { age: `« ${phrase} »`, ageEn: `"${phrase}"` } });
    }
    return findings;
  },
};
