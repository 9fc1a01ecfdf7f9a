import { payComparisons, SALARIED, someContractOf } from "./payComparisons.js";
import type { Rule, RuleFinding } from "./Rule.js";
import { euros } from "./euros.js";
import { statedAmountPath } from "./statedAmountPath.js";

/**
 * `pay/below-agreement-minimum`: the stated pay is below the minimum the collective agreement's grid
 * sets for the stated classification (prorated to working time) at the posting's date.
 */
export const payBelowAgreementMinimum: Rule = {
  code: "pay/below-agreement-minimum",
  defaultSeverity: "error",
  title: { fr: "Salaire inférieur au minimum conventionnel", en: "Pay below the collective agreement's minimum" },
  sources: [
    { label: "Code du travail, art. L2254-1 (les clauses de la convention s'imposent au contrat)", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006901770" },
    { label: "Code du travail, art. L2261-15 (extension des conventions de branche)", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006901800" },
  ],
  message: {
    fr: (p) => `Le salaire indiqué (${p["stated"]} brut par mois) est inférieur au minimum de la convention collective IDCC ${p["idcc"]} pour cette classification (${p["minimum"]}).`,
    en: (p) => `The stated pay (${p["statedEn"]} gross a month) is below the minimum of collective agreement IDCC ${p["idcc"]} for this classification (${p["minimumEn"]}).`,
  },
  check(posting, context) {
    const findings: RuleFinding[] = [];
    // An agreement's minimum (`legalMinimumPay`'s kind `agreement`) needs a classification and a salaried contract.
    if (!posting.collectiveAgreement?.classification || !someContractOf(posting.contracts, SALARIED)) return findings;
    for (const c of payComparisons(posting, context)) {
      if (c.minimum.kind !== "agreement" || !c.minimum.monthly || !c.statedMonthly || c.stated?.estimated) continue;
      if (c.status !== "below" && c.status !== "partly-below") continue;
      findings.push({
        path: statedAmountPath(posting),
        params: {
          stated: euros(c.statedMonthly.min, "fr"),
          statedEn: euros(c.statedMonthly.min, "en"),
          minimum: euros(c.minimum.monthly.min, "fr"),
          minimumEn: euros(c.minimum.monthly.min, "en"),
          idcc: posting.collectiveAgreement?.idcc ?? "",
        },
      });
      break;
    }
    return findings;
  },
};
