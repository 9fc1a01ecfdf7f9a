import { cddMaxRenewals } from "../parameters/cdd/cddMaxRenewals.js";
import { valueAt } from "../parameters/valueAt.js";
import { CDD_BRANCH_SINCE } from "./cddBranchSince.js";
import { CDD_SOURCES } from "./cddSources.js";
import type { Rule, RuleFinding } from "./Rule.js";

const times = (n: number | string | undefined, fr: boolean) =>
  n === 0 ? (fr ? "aucun renouvellement" : "no renewal") : n === 1 ? (fr ? "un seul renouvellement" : "one renewal") : fr ? `${n ?? 2} renouvellements` : `${n ?? 2} renewals`;

/**
 * `cdd/too-many-renewals`: a CDD announced with more renewals than the law of its date allows by
 * default ({@link cddMaxRenewals}): one until 18 August 2015 (Code du travail L1243-13), two from
 * 19 August 2015 (loi n° 2015-994), and since the ordonnance n° 2017-1387 (24 September 2017) two
 * unless an extended branch agreement sets another number (L1243-13-1, L1243-13): the message then
 * says so. None for a CDD à objet défini and one for a CDD senior (service-public F31211). Not judged
 * for seasonal or employment-policy CDDs.
 */
export const cddTooManyRenewals: Rule = {
  code: "cdd/too-many-renewals",
  defaultSeverity: "error",
  title: { fr: "CDD renouvelé plus de fois que la loi ne le permet", en: "CDD renewed more often than the law allows" },
  sources: CDD_SOURCES,
  message: {
    fr: (p) => {
      const head = p["renewals"] === 1 ? "Un renouvellement annoncé" : `${p["renewals"] ?? "Trop de"} renouvellements annoncés`;
      switch (p["case"]) {
        case "law":
          return `${head} : la loi permettait ${times(p["max"], true)} au plus (Code du travail, art. L1243-13, dans sa version en vigueur au ${p["date"] ?? "jour de l'offre"}).`;
        case "objet-defini":
          return `${head} : un CDD à objet défini ne peut pas être renouvelé (service-public.fr, fiche F31211).`;
        case "senior":
          return `${head} : un CDD senior ne peut être renouvelé qu'une fois (service-public.fr, fiche F31211).`;
        default:
          return `${head} : la loi en permet ${p["max"] ?? 2} au plus à défaut de stipulation de la convention ou de l'accord de branche étendu (Code du travail, art. L1243-13-1). Une convention ou un accord de branche étendu peut en fixer un autre nombre (art. L1243-13) : vérifiez celui de votre branche.`;
      }
    },
    en: (p) => {
      const head = p["renewals"] === 1 ? "One renewal announced" : `${p["renewals"] ?? "Too many"} renewals announced`;
      switch (p["case"]) {
        case "law":
          return `${head}: the law allowed ${times(p["max"], false)} at most (Code du travail, art. L1243-13, as in force on ${p["date"] ?? "the posting date"}).`;
        case "objet-defini":
          return `${head}: a CDD à objet défini cannot be renewed (service-public.fr, F31211).`;
        case "senior":
          return `${head}: a CDD senior can be renewed only once (service-public.fr, F31211).`;
        default:
          return `${head}: the law allows ${p["max"] ?? 2} at most when no extended branch agreement says otherwise (Code du travail, art. L1243-13-1). An extended branch agreement may set another number (art. L1243-13): check your branch's.`;
      }
    },
  },
  check(posting, context) {
    if (!posting.contracts.some((c) => c.type === "cdd" && c.renewals !== undefined)) return [];
    const general = valueAt(cddMaxRenewals, context.date);
    const findings: RuleFinding[] = [];
    posting.contracts.forEach((c, i) => {
      if (c.type !== "cdd" || c.renewals === undefined) return;
      if (c.reason === "saisonnier" || c.reason === "politique-emploi" || c.reason === "complement-formation") return;
      const special = c.reason === "objet-defini" || c.reason === "senior" ? c.reason : undefined;
      const max = special === "objet-defini" ? 0 : special === "senior" ? 1 : general?.value;
      if (max === undefined) return; // before the series (1 May 2008): not judged
      if (c.renewals > max) {
        const kind = special ?? (context.date >= CDD_BRANCH_SINCE ? "branch" : "law");
        findings.push({ path: ["contracts", i, "renewals"], params: { renewals: c.renewals, max, case: kind, date: context.date } });
      }
    });
    return findings;
  },
};
