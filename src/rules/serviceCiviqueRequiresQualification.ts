import { candidateTexts } from "./candidateTexts.js";
import { isNegated } from "./isNegated.js";
import type { Rule, RuleFinding } from "./Rule.js";
import { SERVICE_CIVIQUE_SOURCES } from "./serviceCiviqueSources.js";
import { wordPattern } from "./wordPattern.js";

/** Up to six words between a noun and its requirement word, none of them a negation ("n'est pas requise"). */
const FILLER = "(?:(?!(?:pas|ni|non|jamais|n['’]\\p{L}+)(?![\\p{L}]))[\\p{L}\\p{N}'’+-]+\\s+){0,6}";
/** "exigé", "requise", "obligatoire", "indispensable", "impératif", "minimum". */
const REQUIRED = "(?:exigée?s?|requise?s?|obligatoires?|indispensables?|impérati(?:f|ve)s?|minimum)";
const DIPLOMA_WORDS = "(?:diplômes?|bac(?:calauréat)?|bts|dut|but|licence|master|cap|bep|bafa|bpjeps|deust|titre professionnel|niveau bac)";
/**
 * A demanded diploma, experience or skill in the words of the profile: "Bac+2 exigé", "diplôme en
 * animation obligatoire", "expérience dans l'animation indispensable", "2 ans d'expérience minimum",
 * "maîtrise de la suite Adobe exigée". A negated one passes ("aucun diplôme requis", "pas d'expérience
 * exigée"), and so does a wish ("BAFA apprécié", "une expérience serait un plus").
 */
const DEMANDS: ["diploma" | "experience" | "skill", RegExp][] = [
  ["diploma", wordPattern(`${DIPLOMA_WORDS}(?:\\s?\\+\\s?\\d)?\\s+${FILLER}${REQUIRED}`)],
  ["experience", wordPattern(`(?:\\d+ ans? d['’])?expériences?\\s+${FILLER}${REQUIRED}|(?:au moins|minimum) (?:\\d+|un|une|deux|trois) (?:ans?|années?|mois) d['’]expérience`)],
  ["skill", wordPattern(`(?:maîtrise|connaissances?|compétences?)\\s+${FILLER}${REQUIRED}`)],
];

/**
 * Words one of which every demand of {@link DEMANDS} contains (a requirement word, or "expérience"
 * after "au moins" or "minimum"), looked for in the text as written with the same case folding as
 * the demands' patterns (`iu`): a text holding none is not searched.
 */
const DEMAND_KEYS = /exig|requis|obligatoire|indispensable|impérati|minimum|expérience/iu;

/** The first demand of a qualification in a text, not negated. */
function demandIn(text: string): "diploma" | "experience" | "skill" | undefined {
  let first: { at: number; what: "diploma" | "experience" | "skill" } | undefined;
  for (const [what, re] of DEMANDS) {
    for (const m of text.matchAll(re)) {
      if (isNegated(text, m.index ?? 0)) continue;
      if (!first || (m.index ?? 0) < first.at) first = { at: m.index ?? 0, what };
      break;
    }
  }
  return first?.what;
}

/**
 * `service-civique/requires-qualification`: a service civique posting that requires a diploma,
 * experience or skills. The service civique is open to every young person, without condition of
 * diploma or experience (Code du service national L120-1; Agence du Service Civique): a mission may not
 * select on qualifications. Requirements marked `required` count, an education-level eligibility
 * condition with a minimum, and a demand in the texts describing the candidate (profile, requirements,
 * sections headed "Profil"…: "Bac+2 exigé", "expérience indispensable", "maîtrise d'Illustrator
 * requise"); qualities, interests, wishes ("BAFA apprécié") and negated demands ("aucun diplôme requis")
 * are fine.
 * Judged when every contract of the posting is a service civique (or bénévolat).
 */
export const serviceCiviqueRequiresQualification: Rule = {
  code: "service-civique/requires-qualification",
  defaultSeverity: "error",
  title: { fr: "Service civique exigeant un diplôme, une expérience ou des compétences", en: "Service civique requiring a diploma, experience or skills" },
  sources: [
    ...SERVICE_CIVIQUE_SOURCES,
    {
      label: "Association mode d'emploi, « A-t-on le droit d'exiger un niveau de diplôme minimum pour un service civique ? » (doctrine de l'Agence du Service Civique)",
      url: "https://www.associationmodeemploi.fr/article/a-t-on-le-droit-d-exiger-pour-un-jeune-en-service-civique-un-niveau-de-diplome-minimum-pour-la-mission-que-nous-souhaitons-lui-confier.64284",
    },
  ],
  message: {
    fr: (p) =>
      `Un service civique ne peut pas exiger ${p["what"] === "experience" ? "d'expérience" : p["what"] === "skill" ? "de compétence préalable" : "de diplôme"} : il est ouvert à tous les jeunes, sans condition de diplôme ni d'expérience (Code du service national, art. L120-1 ; Agence du Service Civique). Présentez-le comme un atout ou une envie d'apprendre.`,
    en: (p) =>
      `A service civique may not require ${p["what"] === "experience" ? "experience" : p["what"] === "skill" ? "prior skills" : "a diploma"}: it is open to every young person, without condition of diploma or experience (Code du service national, art. L120-1; Agence du Service Civique). Present it as a plus or as something to learn.`,
  },
  check(posting, context) {
    const types = posting.contracts.map((c) => c.type);
    if (!types.includes("service-civique") || !types.every((t) => t === "service-civique" || t === "benevolat")) return [];
    const findings: RuleFinding[] = [];
    const r = posting.requirements;
    r?.education?.forEach((e, i) => e.strength === "required" && findings.push({ path: ["requirements", "education", i], params: { what: "diploma" } }));
    r?.experience?.forEach((e, i) => e.strength === "required" && findings.push({ path: ["requirements", "experience", i], params: { what: "experience" } }));
    r?.skills?.forEach((s, i) => s.strength === "required" && findings.push({ path: ["requirements", "skills", i], params: { what: "skill" } }));
    posting.eligibility?.anyOf.forEach((g, gi) =>
      g.allOf.forEach((c, ci) => {
        if (c.type === "education-level" && c.min !== undefined) findings.push({ path: ["eligibility", "anyOf", gi, "allOf", ci, "min"], params: { what: "diploma" } });
      }),
    );
    for (const { path, text } of candidateTexts(posting, context)) {
      if (path[0] === "title") continue;
      if (!DEMAND_KEYS.test(text)) continue;
      const what = demandIn(text);
      if (what) findings.push({ path, params: { what } });
    }
    return findings;
  },
};
