import { CDD_SOURCES } from "./cddSources.js";
import { durationInMonths } from "./durationInMonths.js";
import type { Rule, RuleFinding } from "./Rule.js";

/** Schemes whose CDD follows its own texts (Code du travail L1242-3: employment-policy contracts). */
const OWN_RULES = new Set(["pec", "cui-cie", "adulte-relais", "emploi-avenir", "iae"]);

/**
 * `cdd/duration-over-maximum`: a CDD stated to last more than the default legal maximum: 18 months,
 * renewals included (Code du travail L1242-8); 36 months for a CDD à objet défini or a CDD senior.
 * Not judged for seasonal CDDs (end of season), for CDDs under an employment-policy scheme or reason
 * (their own texts), nor for durations in days or hours. A branch agreement may set another maximum
 * (L1242-8-1): the message says so.
 */
export const cddDurationOverMaximum: Rule = {
  code: "cdd/duration-over-maximum",
  defaultSeverity: "error",
  title: { fr: "CDD plus long que la durée maximale légale", en: "CDD longer than the legal maximum" },
  sources: CDD_SOURCES,
  message: {
    fr: (p) =>
      `Le CDD dure ${p["months"] ?? "plus de 18"} mois : au-delà de la durée maximale de ${p["max"] ?? 18} mois, renouvellements compris, que fixe la loi à défaut d'accord de branche (Code du travail, art. L1242-8). Une convention ou un accord de branche étendu peut fixer une autre durée (art. L1242-8-1) : vérifiez celle de votre branche.`,
    en: (p) =>
      `The CDD lasts ${p["months"] ?? "more than 18"} months: beyond the maximum of ${p["max"] ?? 18} months, renewals included, set by law when no branch agreement says otherwise (Code du travail, art. L1242-8). An extended branch agreement may set another maximum (art. L1242-8-1): check your branch's.`,
  },
  check(posting) {
    if (posting.schemes?.some((s) => OWN_RULES.has(s.type))) return [];
    const findings: RuleFinding[] = [];
    posting.contracts.forEach((c, i) => {
      if (c.type !== "cdd" || !c.duration) return;
      if (c.reason === "saisonnier" || c.reason === "politique-emploi" || c.reason === "complement-formation") return;
      const max = c.reason === "objet-defini" || c.reason === "senior" ? 36 : 18;
      const months = durationInMonths(c.duration, "longest");
      if (months !== undefined && months > max + 1e-9) {
        findings.push({ path: ["contracts", i, "duration", c.duration.value !== undefined ? "value" : "max"], params: { months: Math.round(months * 10) / 10, max } });
      }
    });
    return findings;
  },
};
