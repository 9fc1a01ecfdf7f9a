import type { Rule, RuleFinding } from "./Rule.js";
import { SERVICE_CIVIQUE_SOURCES } from "./serviceCiviqueSources.js";

/**
 * `service-civique/requires-qualification`: a service civique posting that requires a diploma,
 * experience or skills. The service civique is open to every young person, without condition of
 * diploma or experience (Code du service national L120-1; Agence du Service Civique): a mission may not
 * select on qualifications. Only requirements marked `required` count, and an education-level
 * eligibility condition with a minimum; qualities and interests are fine.
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
  check(posting) {
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
    return findings;
  },
};
