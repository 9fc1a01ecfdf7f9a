import { cddMaxMonths } from "../parameters/cdd/cddMaxMonths.js";
import { valueAt } from "../parameters/valueAt.js";
import { CDD_BRANCH_SINCE } from "./cddBranchSince.js";
import { CDD_SOURCES } from "./cddSources.js";
import { durationInMonths } from "./durationInMonths.js";
import type { Rule, RuleFinding } from "./Rule.js";

/** Schemes whose CDD follows its own texts (Code du travail L1242-3: employment-policy contracts). */
const OWN_RULES = new Set(["pec", "cui-cie", "adulte-relais", "emploi-avenir", "iae"]);

/** Reasons for which a CDD may be concluded without a precise term (Code du travail L1242-7). */
const WITHOUT_TERM_REASONS = new Set([undefined, "remplacement", "saisonnier", "usage"]);

/** The maximum of a CDD à objet défini or a CDD senior, in months (service-public.fr F31211). */
const SPECIAL_MAX = 36;

/**
 * `cdd/duration-over-maximum`: a CDD stated to last more than the legal maximum of its date,
 * renewals included: 18 months ({@link cddMaxMonths}), set by Code du travail L1242-8 until
 * 23 September 2017, and since the ordonnance n° 2017-1387 a default (L1242-8-1) that an extended
 * branch agreement may replace (L1242-8): the message then says so. 36 months for a CDD à objet défini
 * or a CDD senior. Not judged for a CDD without a precise term (`withoutPreciseTerm`: a replacement
 * "jusqu'au retour de la salariée", L1242-7, which ends with the absence and has no maximum), for
 * seasonal CDDs (end of season), for CDDs under an employment-policy scheme or reason (their own
 * texts), nor for durations in days or hours.
 */
export const cddDurationOverMaximum: Rule = {
  code: "cdd/duration-over-maximum",
  defaultSeverity: "error",
  title: { fr: "CDD plus long que la durée maximale légale", en: "CDD longer than the legal maximum" },
  sources: [
    ...CDD_SOURCES,
    { label: "Code du travail, art. L1242-7 (CDD sans terme précis : remplacement d'un salarié absent, saisonnier, usage ; il a pour terme la fin de l'absence ou la réalisation de son objet)", url: "https://code.travail.gouv.fr/code-du-travail/l1242-7" },
  ],
  message: {
    fr: (p) => {
      const head = `Le CDD dure ${p["months"] ?? `plus de ${p["max"] ?? 18}`} mois : au-delà de la durée maximale de ${p["max"] ?? 18} mois`;
      switch (p["case"]) {
        case "law":
          return `${head}, renouvellement compris, que fixait la loi (Code du travail, art. L1242-8, dans sa version antérieure au 24 septembre 2017).`;
        case "objet-defini":
          return `${head} d'un CDD à objet défini (service-public.fr, fiche F31211).`;
        case "senior":
          return `${head}, renouvellement compris, d'un CDD senior (service-public.fr, fiche F31211).`;
        default:
          return `${head}, renouvellements compris, que fixe la loi à défaut de stipulation de la convention ou de l'accord de branche étendu (Code du travail, art. L1242-8-1). Une convention ou un accord de branche étendu peut fixer une autre durée (art. L1242-8) : vérifiez celle de votre branche.`;
      }
    },
    en: (p) => {
      const head = `The CDD lasts ${p["months"] ?? `more than ${p["max"] ?? 18}`} months: beyond the maximum of ${p["max"] ?? 18} months`;
      switch (p["case"]) {
        case "law":
          return `${head}, renewal included, that the law set (Code du travail, art. L1242-8, as in force before 24 September 2017).`;
        case "objet-defini":
          return `${head} of a CDD à objet défini (service-public.fr, F31211).`;
        case "senior":
          return `${head}, renewal included, of a CDD senior (service-public.fr, F31211).`;
        default:
          return `${head}, renewals included, set by law when no extended branch agreement says otherwise (Code du travail, art. L1242-8-1). An extended branch agreement may set another maximum (art. L1242-8): check your branch's.`;
      }
    },
  },
  check(posting, context) {
    if (!posting.contracts.some((c) => c.type === "cdd" && c.duration) || posting.schemes?.some((s) => OWN_RULES.has(s.type))) return [];
    const general = valueAt(cddMaxMonths, context.date);
    const findings: RuleFinding[] = [];
    posting.contracts.forEach((c, i) => {
      if (c.type !== "cdd" || !c.duration) return;
      if (c.reason === "saisonnier" || c.reason === "politique-emploi" || c.reason === "complement-formation") return;
      if (c.withoutPreciseTerm === true && WITHOUT_TERM_REASONS.has(c.reason)) return; // ends with the absence: no maximum (L1242-7)
      const special = c.reason === "objet-defini" || c.reason === "senior" ? c.reason : undefined;
      const max = special ? SPECIAL_MAX : general?.value;
      if (max === undefined) return; // before the series (1 May 2008): not judged
      const months = durationInMonths(c.duration, "longest");
      if (months !== undefined && months > max + 1e-9) {
        const kind = special ?? (context.date >= CDD_BRANCH_SINCE ? "branch" : "law");
        findings.push({ path: ["contracts", i, "duration", c.duration.value !== undefined ? "value" : "max"], params: { months: Math.round(months * 10) / 10, max, case: kind } });
      }
    });
    return findings;
  },
};
