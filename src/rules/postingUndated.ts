import type { Rule } from "./Rule.js";

/**
 * Engagements that are not employment: Code du travail L5332-1 dates offers of employment only. A
 * service civique is not a contract of employment (Code du service national L120-7), nor is bénévolat;
 * a stagiaire is not an employee (Code de l'éducation L124-1, convention de stage); a freelance mission is
 * a contract for services (Code civil art. 1710), not employment.
 */
const NOT_EMPLOYMENT = new Set(["service-civique", "benevolat", "stage", "freelance"]);

/**
 * `posting/undated`: the posting carries no publication date (Code du travail L5332-1). Not judged when
 * every contract offered is a service-civique engagement, bénévolat, a stage or a freelance mission: the
 * article dates offers of employment.
 */
export const postingUndated: Rule = {
  code: "posting/undated",
  defaultSeverity: "error",
  title: { fr: "Offre non datée", en: "Undated posting" },
  sources: [{ label: "Code du travail, art. L5332-1", url: "https://code.travail.gouv.fr/code-du-travail/l5332-1" }],
  message: {
    fr: () => "L'offre n'est pas datée : toute offre d'emploi publiée ou diffusée doit l'être (Code du travail, art. L5332-1). Indiquez la date de publication (dates.posted).",
    en: () => "The posting is undated: every published job offer must carry a date (Code du travail, art. L5332-1). Give the publication date (dates.posted).",
  },
  check(posting) {
    if (posting.contracts.every((c) => NOT_EMPLOYMENT.has(c.type))) return [];
    return posting.dates?.posted || posting.dates?.updated ? [] : [{ path: ["dates", "posted"] }];
  },
};
