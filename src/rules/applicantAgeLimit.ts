import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import { candidateTexts } from "./candidateTexts.js";
import type { Rule, RuleFinding } from "./Rule.js";
import { schemeAgeBounds } from "./schemeAgeBounds.js";
import { textBefore } from "./textBefore.js";
import { wordPattern } from "./wordPattern.js";

/** The bounds the posting's contracts and schemes allow it to state at the date. */
function allowedBounds(posting: JobPosting, date: string): { min: Set<number>; max: Set<number> } {
  const keys = [
    ...posting.contracts.map((c) => (c.type === "cdd" && c.reason === "senior" ? "senior" : c.type)),
    ...(posting.schemes ?? []).map((s) => s.type),
  ];
  const min = new Set<number>();
  const max = new Set<number>();
  for (const k of new Set(keys)) {
    const b = schemeAgeBounds(k, date);
    b.min.forEach((n) => min.add(n));
    b.max.forEach((n) => max.add(n));
  }
  return { min, max };
}

/** After "ans": a number of years of experience or of practice, not an age ("plus de 20 ans d'expérience"). */
const NOT_AGE = "(?!\\s+(?:d['’](?:expérience|ancienneté|exercice)|de (?:pratique|métier|carrière)|dans (?:le|la|les|l['’]|un|une|ce|cette|ces|des|votre|notre)\\s))";
/**
 * "âgé(e) de 20 à 35 ans", "âgés de moins de 30 ans", "candidats de moins de 26 ans", "réservé aux
 * jeunes de moins de 26 ans", "avoir entre 25 et 40 ans". "Jeunes" and "personnes" count only when the
 * text addresses them as candidates ("réservé aux", "ouvert aux", "s'adresse aux", "vous êtes un·e"):
 * "accompagnement de jeunes de moins de 26 ans" is the public served.
 */
const AGE_TEXT = wordPattern(
  [
    `âgée?s? (?:de |d['’]|entre )?(?:au moins |au plus |moins de |plus de )?(\\d{2})(?: ans)?(?:(?: à | et |-)(\\d{2}))? ans${NOT_AGE}`,
    `(?:candidate?s?|(?:réservée?s?|ouverte?s?|destinée?s?|accessibles?|s['’]adresse) (?:aux|à des) (?:jeunes|personnes)|vous êtes (?:une? )?(?:jeune|personne)) (?:de|âgée?s? de) (?:moins|plus) de (\\d{2}) ans${NOT_AGE}`,
    `(?:avoir|vous avez) (?:entre )?(\\d{2}) (?:à|et) (\\d{2}) ans${NOT_AGE}`,
    `(?:avoir|vous avez) (?:moins|plus) de (\\d{2}) ans${NOT_AGE}`,
  ].join("|"),
  "giu",
);

/**
 * Words just before an age phrase that make it the public served, not a condition on the candidate:
 * "expérience auprès de personnes âgées de plus de 60 ans", "accompagnement de jeunes âgés de 16 à 25
 * ans", "public : personnes âgées de plus de 60 ans". At most four words may stand between.
 */
const PUBLIC_BEFORE = /(?<!\p{L})(?:auprès\s+(?:de|des|du|d['’])|accompagnement\s+(?:de|des|du|d['’])|accompagner|publics?(?!\p{L}))(?:\s*:)?[\s'’]*(?:[\p{L}\p{N}-]+[\s'’]+){0,4}$/iu;

/** The first age phrase of a text that states a condition on the candidate above 18, if any. */
function ageCondition(text: string): string | undefined {
  for (const m of text.matchAll(AGE_TEXT)) {
    const ages = m.slice(1).filter((x) => x !== undefined).map(Number);
    if (Math.max(...ages) <= 18) continue;
    const sentence = textBefore(text, m.index).split(/[.!?;\n]/u).pop() ?? "";
    if (PUBLIC_BEFORE.test(sentence)) continue;
    return m[0];
  }
  return undefined;
}

/**
 * `applicant/age-limit`: an age condition that is not a legal scheme's own. A posting may not set an
 * age limit (Code du travail L5331-2) nor select on age (L1132-1, L5321-2), unless the law sets that
 * age: a posting whose contract or scheme sets it at the reference date (service civique 16–25,
 * apprentissage 16–29 or 35, professionnalisation 16–25 or 26 and over, emploi-tremplin groups,
 * adulte-relais 26 and over…, see {@link schemeAgeBounds}) may repeat it. A lower bound of 16 to 18
 * (minimum working age, majority) is always accepted. Reads the eligibility conditions, and the texts
 * describing the candidate (title, profile, requirements, eligibility) for phrases such as "âgé de 25
 * à 35 ans" when no scheme with an age rule applies; years of experience and the public served
 * ("auprès de personnes âgées de plus de 60 ans") are not age conditions.
 */
export const applicantAgeLimit: Rule = {
  code: "applicant/age-limit",
  defaultSeverity: "error",
  title: { fr: "Limite d'âge non prévue par la loi", en: "Age limit not set by law" },
  sources: [
    { label: "Code du travail, art. L5331-2 (pas de limite d'âge dans une offre, sauf si la loi l'impose)", url: "https://code.travail.gouv.fr/code-du-travail/l5331-2" },
    { label: "Code du travail, art. L1132-1 (discrimination fondée sur l'âge)", url: "https://code.travail.gouv.fr/code-du-travail/l1132-1" },
    { label: "Code du travail, art. L5321-2 (aucune offre ne peut faire référence aux critères de L1132-1)", url: "https://code.travail.gouv.fr/code-du-travail/l5321-2" },
  ],
  message: {
    fr: (p) =>
      `Condition d'âge (${p["age"] ?? "limite d'âge"}) qui n'est pas celle d'un dispositif légal de l'offre : une offre ne peut fixer de limite d'âge que si la loi l'impose (Code du travail, art. L5331-2) ; sélectionner sur l'âge est une discrimination (art. L1132-1).`,
    en: (p) =>
      `Age condition (${p["ageEn"] ?? "an age limit"}) that is not a legal scheme's own: a posting may set an age limit only when the law imposes it (Code du travail, art. L5331-2); selecting on age is discrimination (art. L1132-1).`,
  },
  check(posting, context) {
    const allowed = allowedBounds(posting, context.date);
    const findings: RuleFinding[] = [];
    posting.eligibility?.anyOf.forEach((g, gi) =>
      g.allOf.forEach((c, ci) => {
        if (c.type !== "age" || (c.min !== undefined && c.max !== undefined && c.min > c.max)) return; // inverted: range/min-above-max
        const path = ["eligibility", "anyOf", gi, "allOf", ci];
        if (c.min !== undefined && c.min > 18 && !allowed.min.has(c.min)) findings.push({ path: [...path, "min"], params: { age: `${c.min} ans au moins`, ageEn: `${c.min} or older` } });
        if (c.max !== undefined && !allowed.max.has(c.max)) findings.push({ path: [...path, "max"], params: { age: `${c.max} ans au plus`, ageEn: `${c.max} or younger` } });
      }),
    );
    if (allowed.min.size === 0 && allowed.max.size === 0) {
      for (const { path, text } of candidateTexts(posting, context)) {
        const phrase = ageCondition(text);
        if (phrase) findings.push({ path, params: { age: `« ${phrase} »`, ageEn: `"${phrase}"` } });
      }
    }
    return findings;
  },
};
