import { serviceCiviqueRulesOn } from "./datedReadings.js";
import { durationInMonths } from "./durationInMonths.js";
import type { Rule, RuleFinding } from "./Rule.js";
import { SERVICE_CIVIQUE_SOURCES } from "./serviceCiviqueSources.js";

/**
 * `service-civique/duration-out-of-range`: a service civique stated shorter than six months or longer
 * than twelve (Code du service national L120-1). Durations in days or hours are not judged.
 */
export const serviceCiviqueDuration: Rule = {
  code: "service-civique/duration-out-of-range",
  defaultSeverity: "error",
  title: { fr: "Service civique de moins de 6 mois ou de plus de 12 mois", en: "Service civique shorter than 6 or longer than 12 months" },
  sources: SERVICE_CIVIQUE_SOURCES,
  message: {
    fr: (p) =>
      `La durée de la mission (${p["months"] ?? "indiquée"} mois) sort des bornes légales : un engagement de service civique dure de ${p["min"] ?? 6} à ${p["max"] ?? 12} mois (Code du service national, art. L120-1).`,
    en: (p) => `The mission's duration (${p["months"] ?? "stated"} months) is outside the legal bounds: a service civique lasts ${p["min"] ?? 6} to ${p["max"] ?? 12} months (Code du service national, art. L120-1).`,
  },
  check(posting, context) {
    if (!posting.contracts.some((c) => c.type === "service-civique")) return [];
    const r = serviceCiviqueRulesOn(context.date);
    if (!r) return [];
    const findings: RuleFinding[] = [];
    const round = (n: number) => Math.round(n * 10) / 10;
    posting.contracts.forEach((c, i) => {
      if (c.type !== "service-civique" || !c.duration) return;
      const short = durationInMonths(c.duration, "shortest");
      const long = durationInMonths(c.duration, "longest");
      const d = c.duration;
      if (short !== undefined && short < r.minMonths - 1e-9) {
        findings.push({ path: ["contracts", i, "duration", d.value !== undefined ? "value" : "min"], params: { months: round(short), min: r.minMonths, max: r.maxMonths } });
      } else if (long !== undefined && long > r.maxMonths + 1e-9) {
        findings.push({ path: ["contracts", i, "duration", d.value !== undefined ? "value" : "max"], params: { months: round(long), min: r.minMonths, max: r.maxMonths } });
      }
    });
    return findings;
  },
};
