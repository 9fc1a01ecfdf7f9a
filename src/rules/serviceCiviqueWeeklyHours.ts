import { serviceCiviqueRulesOn } from "./datedReadings.js";
import type { Rule, RuleFinding } from "./Rule.js";
import { SERVICE_CIVIQUE_SOURCES } from "./serviceCiviqueSources.js";

/**
 * `service-civique/weekly-hours-out-of-range`: a service civique stated at fewer than 24 hours a week
 * or more than 48, or more than 35 when the mission is open to minors: all three bounds are in Code du
 * service national L120-8 (R121-12 adds the minors' 7-hour days, rest days and no night missions,
 * which a weekly figure cannot show). Reads the contract's `weeklyHours`, else `workingTime.weeklyHours`.
 */
export const serviceCiviqueWeeklyHours: Rule = {
  code: "service-civique/weekly-hours-out-of-range",
  defaultSeverity: "error",
  title: { fr: "Durée hebdomadaire de service civique hors des bornes légales", en: "Service civique weekly hours outside the legal bounds" },
  sources: SERVICE_CIVIQUE_SOURCES,
  message: {
    fr: (p) =>
      p["problem"] === "minor"
        ? `${p["hours"] ?? "Ces"} heures par semaine pour une mission ouverte aux mineurs : ${p["maxMinor"] ?? 35} heures au plus, sur cinq jours au plus, pour un volontaire de 16 ou 17 ans (Code du service national, art. L120-8).`
        : `${p["hours"] ?? "Ces"} heures par semaine : un service civique compte de ${p["min"] ?? 24} à ${p["max"] ?? 48} heures par semaine (Code du service national, art. L120-8).`,
    en: (p) =>
      p["problem"] === "minor"
        ? `${p["hours"] ?? "These"} hours a week for a mission open to minors: ${p["maxMinor"] ?? 35} hours at most, over five days at most, for a volunteer aged 16 or 17 (Code du service national, art. L120-8).`
        : `${p["hours"] ?? "These"} hours a week: a service civique takes ${p["min"] ?? 24} to ${p["max"] ?? 48} hours a week (Code du service national, art. L120-8).`,
  },
  check(posting, context) {
    if (!posting.contracts.some((c) => c.type === "service-civique")) return [];
    const r = serviceCiviqueRulesOn(context.date);
    if (!r) return [];
    const findings: RuleFinding[] = [];
    const wt = posting.workingTime?.weeklyHours;
    posting.contracts.forEach((c, i) => {
      if (c.type !== "service-civique") return;
      const sites: [(string | number)[], number][] =
        c.weeklyHours !== undefined
          ? [[["contracts", i, "weeklyHours"], c.weeklyHours]]
          : (["value", "min", "max"] as const).flatMap((k) => (wt?.[k] !== undefined ? [[["workingTime", "weeklyHours", k], wt[k]!] as [(string | number)[], number]] : []));
      for (const [path, hours] of sites) {
        const base = { hours: String(hours).replace(".", ","), min: r.minWeeklyHours, max: r.maxWeeklyHours, maxMinor: r.maxWeeklyHoursMinor };
        if (hours < r.minWeeklyHours || hours > r.maxWeeklyHours) findings.push({ path, params: { ...base, problem: "range" } });
        else if (c.openToMinors === true && hours > r.maxWeeklyHoursMinor) findings.push({ path, params: { ...base, problem: "minor" } });
      }
    });
    return findings;
  },
};
