import { collectiveAgreement } from "../agreement/collectiveAgreement.js";
import type { AgreementMinimumPayError } from "../agreement/agreementMinimumPay.js";
import { describeAgreementFailure } from "../pay/describeAgreementFailure.js";
import { postingWeeklyHours } from "../pay/postingPayContext.js";
import { legalWeeklyHoursAt } from "../parameters/workingTime/legalWeeklyHoursAt.js";
import { agreementReading } from "./agreementReading.js";
import type { Rule } from "./Rule.js";

/** The message's details of a reading (remembered across runs, as the reading is: its nearest readings in words, in each locale). */
const DETAILS = new WeakMap<AgreementMinimumPayError, Map<string, { detail: string; detailEn: string }>>();
function details(result: AgreementMinimumPayError, idcc: string): { detail: string; detailEn: string } {
  let byIdcc = DETAILS.get(result);
  if (!byIdcc) DETAILS.set(result, (byIdcc = new Map()));
  let d = byIdcc.get(idcc);
  if (!d) byIdcc.set(idcc, (d = { detail: describeAgreementFailure(result, idcc, "fr"), detailEn: describeAgreementFailure(result, idcc, "en") }));
  return d;
}

/**
 * `agreement/classification-not-found`: the posting states a classification in a collective
 * agreement whose grid the library encodes, and no rung of the grid in force at the posting's date
 * matches it (the Labo de l'ESS offer's "Employé A 255" under ÉCLAT in 2023). The minimum pay cannot
 * be checked; the message gives the nearest readings. Never silently accepted.
 */
export const agreementClassificationNotFound: Rule = {
  code: "agreement/classification-not-found",
  defaultSeverity: "warning",
  title: {
    fr: "Classification introuvable dans la grille de la convention collective",
    en: "Classification not found in the collective agreement's grid",
  },
  sources: [
    { label: "Code du travail, art. L2253-1 (salaires minima hiérarchiques fixés par la branche)", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000035607388" },
  ],
  message: {
    fr: (p) => `La classification indiquée ne correspond à aucun échelon de la grille en vigueur : le minimum conventionnel ne peut pas être vérifié. ${p["detail"] ?? ""}`.trim(),
    en: (p) => `The stated classification matches no rung of the grid in force: the agreement's minimum pay cannot be checked. ${p["detailEn"] ?? ""}`.trim(),
  },
  check(posting, context) {
    const agreement = posting.collectiveAgreement;
    if (!agreement?.classification || !collectiveAgreement(agreement.idcc)?.encoded) return [];
    // Full time when no hours are stated, as agreementMinimumPay assumes (and legalMinimumPay asks): one reading for both.
    const hours = postingWeeklyHours(posting, context.date) ?? legalWeeklyHoursAt(context.date).value;
    const result = agreementReading(posting, context, { idcc: agreement.idcc, classification: agreement.classification, date: context.date, weeklyHours: hours });
    if (result.ok || (result.reason !== "classification-not-found" && result.reason !== "classification-not-encoded")) return [];
    return [{ path: ["collectiveAgreement", "classification"], params: { ...details(result, agreement.idcc) } }];
  },
};
