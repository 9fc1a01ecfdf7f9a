import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import { candidateTexts } from "./candidateTexts.js";
import type { Rule, RuleFinding } from "./Rule.js";
import { wordPattern } from "./wordPattern.js";

/**
 * The age bounds legal schemes set themselves, which a posting may repeat: service civique 16–25 (30
 * with a disability, CSN L120-1), apprentissage 16–29 (25 before 2019, Code du travail L6222-1),
 * contrat de professionnalisation 16–25 for the young public (L6325-1), emploi d'avenir and youth
 * contrats aidés under 26 (30 with a disability), adulte-relais 26 and over (30 before 2021,
 * L5134-102), CDD senior 57 and over (D1242-2), emploi-tremplin groups (16–25, 26–44, 45 and over),
 * IAE and PEC publics (young people under 26, seniors 50 and over).
 */
const SCHEME_BOUNDS: Record<string, { min: number[]; max: number[] }> = {
  "service-civique": { min: [16, 18], max: [25, 30] },
  apprentissage: { min: [15, 16], max: [25, 29, 30] },
  professionnalisation: { min: [16], max: [25] },
  "emploi-avenir": { min: [16], max: [25, 30] },
  "adulte-relais": { min: [26, 30], max: [] },
  senior: { min: [57], max: [] },
  "emploi-tremplin": { min: [16, 26, 45], max: [25, 44] },
  iae: { min: [50], max: [25] },
  pec: { min: [50], max: [25, 30] },
  "cui-cie": { min: [50], max: [25, 30] },
};

/** The bounds the posting's contracts and schemes allow it to state. */
function allowedBounds(posting: JobPosting): { min: Set<number>; max: Set<number> } {
  const keys = [
    ...posting.contracts.map((c) => (c.type === "cdd" && c.reason === "senior" ? "senior" : c.type)),
    ...(posting.schemes ?? []).map((s) => s.type),
  ];
  const min = new Set<number>();
  const max = new Set<number>();
  for (const k of keys) {
    SCHEME_BOUNDS[k]?.min.forEach((n) => min.add(n));
    SCHEME_BOUNDS[k]?.max.forEach((n) => max.add(n));
  }
  return { min, max };
}

/** "âgé(e) de 20 à 35 ans", "âgés de moins de 30 ans", "jeunes de moins de 26 ans", "avoir entre 25 et 40 ans". */
const AGE_TEXT = wordPattern(
  "âgée?s? (?:de |d['’]|entre )?(?:au moins |au plus |moins de |plus de )?(\\d{2})(?: ans)?(?:(?: à | et |-)(\\d{2}))? ans|(?:jeunes?|personnes?|candidate?s?) (?:de|âgée?s? de) (?:moins|plus) de (\\d{2}) ans|(?:avoir|vous avez) (?:entre )?(\\d{2}) (?:à|et) (\\d{2}) ans|(?:avoir|vous avez) (?:moins|plus) de (\\d{2}) ans",
  "iu",
);

/**
 * `applicant/age-limit`: an age condition that is not a legal scheme's own. A posting may not set an
 * age limit (Code du travail L5331-2) nor select on age (L1132-1, L5321-2), unless the law sets that
 * age: a posting whose contract or scheme sets it (service civique 16–25, apprentissage 16–29,
 * emploi-tremplin groups, adulte-relais 26 and over…) may repeat it. A lower bound of 16 to 18
 * (minimum working age, majority) is always accepted. Reads the eligibility conditions, and the texts
 * describing the candidate (title, profile, requirements, eligibility) for phrases such as "âgé de 25 à 35 ans" when no scheme with an age rule applies.
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
  check(posting) {
    const allowed = allowedBounds(posting);
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
      for (const { path, text } of candidateTexts(posting)) {
        const m = AGE_TEXT.exec(text);
        const ages = m ? m.slice(1).filter((x) => x !== undefined).map(Number) : [];
        if (m && Math.max(...ages) > 18) findings.push({ path, params: { age: `« ${m[0]} »`, ageEn: `"${m[0]}"` } });
      }
    }
    return findings;
  },
};
