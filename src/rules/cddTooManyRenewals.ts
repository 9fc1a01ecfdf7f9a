import { CDD_SOURCES } from "./cddSources.js";
import type { Rule, RuleFinding } from "./Rule.js";

/**
 * `cdd/too-many-renewals`: a CDD announced with more renewals than the law allows by default: two
 * (Code du travail L1243-13); one for a CDD senior and none for a CDD à objet défini (service-public
 * F31211). Not judged for seasonal or employment-policy CDDs. A branch agreement may allow more
 * (L1243-13-1): the message says so.
 */
export const cddTooManyRenewals: Rule = {
  code: "cdd/too-many-renewals",
  defaultSeverity: "error",
  title: { fr: "CDD renouvelé plus de deux fois", en: "CDD renewed more than twice" },
  sources: [...CDD_SOURCES, { label: "Code du travail, art. L1243-13-1 (nombre de renouvellements fixé par la branche)", url: "https://code.travail.gouv.fr/code-du-travail/l1243-13-1" }],
  message: {
    fr: (p) =>
      `${p["renewals"] ?? "Plus de deux"} renouvellements annoncés : la loi en permet ${p["max"] ?? 2} au plus à défaut d'accord de branche (Code du travail, art. L1243-13). Une convention ou un accord de branche étendu peut en fixer un autre nombre (art. L1243-13-1) : vérifiez celui de votre branche.`,
    en: (p) =>
      `${p["renewals"] ?? "More than two"} renewals announced: the law allows ${p["max"] ?? 2} at most when no branch agreement says otherwise (Code du travail, art. L1243-13). An extended branch agreement may set another number (art. L1243-13-1): check your branch's.`,
  },
  check(posting) {
    const findings: RuleFinding[] = [];
    posting.contracts.forEach((c, i) => {
      if (c.type !== "cdd" || c.renewals === undefined) return;
      if (c.reason === "saisonnier" || c.reason === "politique-emploi" || c.reason === "complement-formation") return;
      const max = c.reason === "objet-defini" ? 0 : c.reason === "senior" ? 1 : 2;
      if (c.renewals > max) findings.push({ path: ["contracts", i, "renewals"], params: { renewals: c.renewals, max } });
    });
    return findings;
  },
};
