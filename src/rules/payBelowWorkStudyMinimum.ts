import { payComparisons, WORK_STUDY, someContractOf } from "./payComparisons.js";
import type { Rule, RuleFinding } from "./Rule.js";
import { euros } from "./euros.js";
import { statedAmountPath } from "./statedAmountPath.js";

/**
 * `pay/below-work-study-minimum`: an apprentissage, a contrat de professionnalisation or an alternance of either kind states a pay
 * below the legal percentage of the SMIC. The percentage depends on the apprentice's age, which a
 * posting does not know: a pay below the lowest bracket is an error for every candidate; a pay
 * below some brackets only is reported as `info` (it is too low for older candidates).
 */
export const payBelowWorkStudyMinimum: Rule = {
  code: "pay/below-work-study-minimum",
  defaultSeverity: "error",
  title: {
    fr: "Rémunération d'alternance inférieure au minimum légal",
    en: "Work-study pay below the legal minimum",
  },
  sources: [
    { label: "Code du travail, art. D6222-26 (apprentissage : % du SMIC par âge et année)", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037932585" },
    { label: "Code du travail, art. D6325-15 et D6325-18 (contrat de professionnalisation)", url: "https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006072050/LEGISCTA000018535658/" },
  ],
  message: {
    fr: (p) =>
      p["scope"] === "all"
        ? `La rémunération indiquée (${p["stated"]} brut par mois) est inférieure au minimum légal de ce contrat quel que soit l'âge du candidat (au moins ${p["min"]}).`
        : `La rémunération indiquée (${p["stated"]} brut par mois) est inférieure au minimum légal pour les candidats les plus âgés (jusqu'à ${p["max"]} selon l'âge) : vérifiez-la selon l'âge de la personne recrutée.`,
    en: (p) =>
      p["scope"] === "all"
        ? `The stated pay (${p["statedEn"]} gross a month) is below this contract's legal minimum whatever the candidate's age (at least ${p["minEn"]}).`
        : `The stated pay (${p["statedEn"]} gross a month) is below the legal minimum for older candidates (up to ${p["maxEn"]} depending on age): check it against the recruit's age.`,
  },
  check(posting, context) {
    const findings: RuleFinding[] = [];
    if (!someContractOf(posting.contracts, WORK_STUDY)) return findings;
    for (const c of payComparisons(posting, context)) {
      const m = c.minimum;
      if ((m.kind !== "apprenticeship" && m.kind !== "professionalisation" && m.kind !== "work-study") || !m.monthly || !c.statedMonthly || c.stated?.estimated) continue;
      const params = {
        stated: euros(c.statedMonthly.min, "fr"),
        statedEn: euros(c.statedMonthly.min, "en"),
        min: euros(m.monthly.min, "fr"),
        minEn: euros(m.monthly.min, "en"),
        max: euros(m.monthly.max, "fr"),
        maxEn: euros(m.monthly.max, "en"),
      };
      if (c.statedMonthly.min + 0.005 < m.monthly.min) findings.push({ path: statedAmountPath(posting), params: { ...params, scope: "all" } });
      else if (c.statedMonthly.min + 0.005 < m.monthly.max) findings.push({ path: statedAmountPath(posting), params: { ...params, scope: "some" }, severity: "info" });
      if (findings.length) break;
    }
    return findings;
  },
};
