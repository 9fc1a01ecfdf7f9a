import { stageGratificationOn } from "./datedReadings.js";
import type { Rule, RuleFinding } from "./Rule.js";
import { STAGE_SOURCES } from "./stageSources.js";
import { stageExceedsMonths } from "./stageExceedsMonths.js";
import { wordPattern } from "./wordPattern.js";

/** "non rémunéré", "sans gratification", "pas de gratification", "stage non gratifié"… */
const NONE = wordPattern(
  "non[\\s-](?:rémunérée?s?|gratifiée?s?|indemnisée?s?)|(?:sans|pas de|aucune)\\s+(?:gratification|rémunération|indemnité)s?|bénévole",
  "iu",
);

/** A pay statement that mentions a gratification or pay ("gratification légale", "rémunération selon…"). */
const STATED = /gratifi|rémun|indemni/iu;

/**
 * `stage/gratification-missing`: a stage of more than two months (more than 308 hours of presence)
 * for which the posting states no gratification, or states that there is none (Code de l'éducation
 * L124-6). A gratification stated as the legal one (`pay.statutory`) or as an amount is accepted here;
 * `stage/gratification-below-minimum` checks the amount.
 */
export const stageGratificationMissing: Rule = {
  code: "stage/gratification-missing",
  defaultSeverity: "error",
  title: { fr: "Stage de plus de deux mois sans gratification", en: "Internship over two months without gratification" },
  sources: STAGE_SOURCES,
  message: {
    fr: (p) =>
      p["problem"] === "none"
        ? `Le stage dure plus de ${p["months"] ?? 2} mois (plus de ${p["hours"] ?? 308} heures de présence) : la gratification est obligatoire dès le premier jour (Code de l'éducation, art. L124-6), l'offre ne peut pas annoncer un stage non gratifié.`
        : `Le stage dure plus de ${p["months"] ?? 2} mois (plus de ${p["hours"] ?? 308} heures de présence) mais l'offre n'indique aucune gratification : elle est obligatoire dès le premier jour (Code de l'éducation, art. L124-6). Indiquez son montant ou au moins « gratification légale ».`,
    en: (p) =>
      p["problem"] === "none"
        ? `The internship lasts more than ${p["months"] ?? 2} months (more than ${p["hours"] ?? 308} hours of presence): a gratification is due from the first day (Code de l'éducation, art. L124-6); the posting cannot announce an unpaid internship.`
        : `The internship lasts more than ${p["months"] ?? 2} months (more than ${p["hours"] ?? 308} hours of presence) but the posting states no gratification: it is due from the first day (Code de l'éducation, art. L124-6). State its amount, or at least "legal gratification".`,
  },
  check(posting, context) {
    if (!posting.contracts.some((c) => c.type === "stage")) return [];
    const g = stageGratificationOn(context.date);
    if (!g) return [];
    const long = posting.contracts.some((c) => c.type === "stage" && stageExceedsMonths(c.duration, g.thresholdMonths, g.thresholdHours) === true);
    if (!long) return [];
    const params = { months: g.thresholdMonths, hours: g.thresholdHours };
    const pay = posting.pay;
    const findings: RuleFinding[] = [];
    const amount = pay?.amount;
    if (amount && (amount.value ?? amount.max ?? amount.min) === 0) findings.push({ path: ["pay", "amount"], params: { ...params, problem: "none" } });
    else if (pay?.text && NONE.test(pay.text)) findings.push({ path: ["pay", "text"], params: { ...params, problem: "none" } });
    else if (!amount && pay?.statutory !== true && !(pay?.text && STATED.test(pay.text))) findings.push({ path: ["pay"], params: { ...params, problem: "missing" } });
    return findings;
  },
};
