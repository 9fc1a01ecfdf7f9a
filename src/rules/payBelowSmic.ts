import { legalWeeklyHoursAt } from "../parameters/workingTime/legalWeeklyHoursAt.js";
import { payComparisons, SALARIED, someContractOf } from "./payComparisons.js";
import { normalisePay } from "../pay/normalisePay.js";
import { postingPayContext } from "../pay/postingPayContext.js";
import type { Rule, RuleFinding } from "./Rule.js";
import { euros } from "./euros.js";
import { statedAmountPath } from "./statedAmountPath.js";

/**
 * `pay/below-smic`: a salaried contract (CDI, CDD, insertion) states a pay below the SMIC for the
 * job's working time at the posting's date. A net figure is converted to gross with estimated rates:
 * it is flagged only when it is below even with the most favourable (highest) rate.
 */
export const payBelowSmic: Rule = {
  code: "pay/below-smic",
  defaultSeverity: "error",
  title: { fr: "Salaire inférieur au SMIC", en: "Pay below the SMIC" },
  sources: [
    { label: "Code du travail, art. L3231-2 (SMIC)", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006902826" },
    { label: "Code du travail, art. L3232-1 (rémunération mensuelle minimale)", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006902852" },
  ],
  message: {
    fr: (p) =>
      `Le salaire indiqué (${p["stated"]} brut par mois pour ${p["hours"]} h par semaine) est inférieur au SMIC (${p["smic"]} brut par mois, valeur en vigueur depuis le ${p["effective"]}).`,
    en: (p) =>
      `The stated pay (${p["statedEn"]} gross a month for ${p["hoursEn"]} h a week) is below the SMIC (${p["smicEn"]} gross a month, the value in force since ${p["effective"]}).`,
  },
  check(posting, context) {
    const findings: RuleFinding[] = [];
    if (!someContractOf(posting.contracts, SALARIED)) return findings;
    for (const c of payComparisons(posting, context)) {
      const m = c.minimum;
      if ((m.kind !== "smic" && m.kind !== "agreement") || m.smicMonthly === undefined || !c.stated || !c.statedMonthly || !posting.pay) continue;
      let stated = c.statedMonthly.min;
      if (c.stated.estimated) {
        const favourable = normalisePay(posting.pay, { ...postingPayContext(posting, posting.contracts[c.contractIndex], m.date), status: "cadre" });
        if (favourable.ok) stated = favourable.monthly.min;
      }
      if (stated + 0.005 >= m.smicMonthly) continue;
      const hours = m.weeklyHours ?? legalWeeklyHoursAt(m.date).value;
      findings.push({
        path: statedAmountPath(posting),
        params: {
          stated: euros(stated, "fr"),
          statedEn: euros(stated, "en"),
          smic: euros(m.smicMonthly, "fr"),
          smicEn: euros(m.smicMonthly, "en"),
          hours: String(hours).replace(".", ","),
          hoursEn: String(hours),
          effective: m.smicEffectiveFrom ?? m.date,
        },
      });
      break; // one finding: the pay statement is shared by the contracts
    }
    return findings;
  },
};
