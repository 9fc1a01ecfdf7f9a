import { isNegated } from "./isNegated.js";
import { textBefore } from "./textBefore.js";
import { postingTexts } from "./postingTexts.js";
import type { Rule, RuleFinding } from "./Rule.js";
import { SERVICE_CIVIQUE_SOURCES } from "./serviceCiviqueSources.js";
import { triggerWords } from "./triggerWords.js";
import { wordPattern } from "./wordPattern.js";

/**
 * The vocabulary of employment, whole words only. "poste" is not matched in "composte", "posture" or
 * "postuler", nor as a workstation ("poste informatique", "poste de travail"), a first-aid post or La
 * Poste; "CDI" not as the school library ("au CDI du collège").
 */
const EMPLOYMENT = wordPattern(
  [
    "salaires?",
    "salariée?s?",
    "rémunérations?",
    "rémunérée?s?",
    "(?<!(?:la|bureau de|bureaux de)\\s)postes?(?!\\s+(?:informatiques?|de travail|de secours|de police|frontières?|de radio|de télévision|téléphoniques?))(?!-frontière)",
    "CDD",
    "(?<!(?:au|du|le)\\s)CDI(?!\\s+(?:du|de la|de l['’]|des)\\s)",
    "contrats? de travail",
    "embauches?",
    "embaucher",
    "embauchée?s?",
    "recrutements?",
    "recruter",
    "recrutons",
    "recrute",
    "offres? d['’]emploi",
    "périodes? d['’]essai",
  ].join("|"),
);

/** Words one of which every match of {@link EMPLOYMENT} contains, looked for in the text as written with the same case folding (`iu`): a text holding none is not searched. */
const EMPLOYMENT_KEYS = triggerWords({ employment: ["salair", "salari", "rémunér", "poste", "cdd", "cdi", "contrat", "embauch", "recrut", "offre", "période"] });

/** A person of the host's staff just before: "un tuteur, salarié de l'association". */
const STAFF_APPOSITION = /(?<!\p{L})(?:tut(?:eur|rice)|référente?|encadrante?|responsable|coordinat(?:eur|rice)|animat(?:eur|rice)|professionnel(?:le)?|membre|direct(?:eur|rice)|chargée?|personne)[\p{L}·.•]*\s*,\s*$/iu;

/**
 * Whether a match of "salarié·e" names the host's staff around the volunteer, not the volunteer's
 * status: a plural ("les salariés", "nos salarié·e·s", "salariés et bénévoles"), "l'équipe salariée",
 * "l'équipe de salariés", or an apposition to a person ("un tuteur, salarié de l'association").
 */
function isStaff(text: string, index: number, word: string): boolean {
  if (!/^salari/iu.test(word)) return false;
  // Bounded windows on either side: the marks read are a few characters long (linear time).
  const before = textBefore(text, index);
  const after = text.slice(index + word.length, index + word.length + 8);
  const plural = /s$/iu.test(word) || /^(?:[·.•-]?e)?[·.•-]?s(?!\p{L})/iu.test(after);
  return plural || TEAM_BEFORE.test(before) || STAFF_APPOSITION.test(before);
}

/** "l'équipe de " or "équipe " just before. */
const TEAM_BEFORE = /(?<!\p{L})équipes?\s+(?:de\s+)?$/iu;

/**
 * `service-civique/employment-vocabulary`: a service civique posting written as a job offer ("salaire",
 * "poste", "CDD", "embauche", "recrutement"…). The service civique is an engagement without any link
 * of subordination and outside the Code du travail (Code du service national L120-7): the volunteer
 * receives an indemnity, not a salary, for a mission, not a post. One finding per text. Not flagged:
 * a negated word ("ce n'est ni un salaire ni une rémunération, mais une indemnité"), the host's staff
 * around the volunteer ("un tuteur, salarié de l'association", "en binôme avec l'équipe salariée").
 */
export const serviceCiviqueEmploymentVocabulary: Rule = {
  code: "service-civique/employment-vocabulary",
  defaultSeverity: "warning",
  title: { fr: "Vocabulaire de l'emploi dans une offre de service civique", en: "Employment vocabulary in a service civique posting" },
  sources: SERVICE_CIVIQUE_SOURCES,
  message: {
    fr: (p) =>
      `Vocabulaire de l'emploi dans une offre de service civique (${p["words"] ?? "salaire, poste…"}) : le service civique n'est pas un emploi (Code du service national, art. L120-7). Parlez de mission, d'indemnité, de volontaire, d'engagement et de candidature.`,
    en: (p) =>
      `Employment vocabulary in a service civique posting (${p["words"] ?? "salaire, poste…"}): the service civique is not a job (Code du service national, art. L120-7). Speak of a mission, an indemnity, a volunteer, an engagement and an application.`,
  },
  check(posting, context) {
    const types = posting.contracts.map((c) => c.type);
    if (!types.includes("service-civique") || !types.every((t) => t === "service-civique" || t === "benevolat")) return [];
    const findings: RuleFinding[] = [];
    for (const { path, text } of postingTexts(posting, context)) {
      if (!EMPLOYMENT_KEYS.any.test(text)) continue;
      const matches = [...text.matchAll(EMPLOYMENT)].filter((m) => !isNegated(text, m.index) && !isStaff(text, m.index, m[0]));
      const words = [...new Set(matches.map((m) => `« ${m[0]} »`))];
      if (words.length > 0) findings.push({ path, params: { words: words.join(", ") } });
    }
    return findings;
  },
};
