import { stageGratificationOn } from "./datedReadings.js";
import type { Rule, RuleFinding } from "./Rule.js";
import { STAGE_SOURCES } from "./stageSources.js";
import { stageExceedsMonths } from "./stageExceedsMonths.js";

/** Six months of presence in hours: 132 days of 7 hours (Code de l'éducation D124-6). */
const SIX_MONTHS_HOURS = 924;

/**
 * `stage/duration-over-six-months`: a stage stated to last (or possibly last) more than six months in
 * the same host per year of teaching (Code de l'éducation L124-5). The longest stated bound counts: "4
 * à 8 mois" offers an illegal option.
 */
export const stageDurationOverSixMonths: Rule = {
  code: "stage/duration-over-six-months",
  defaultSeverity: "error",
  title: { fr: "Stage de plus de six mois", en: "Internship over six months" },
  sources: STAGE_SOURCES,
  message: {
    fr: (p) =>
      `La durée du stage (${p["duration"] ?? "indiquée"}) dépasse ${p["max"] ?? 6} mois : un stage ne peut excéder six mois par année d'enseignement dans un même organisme d'accueil (Code de l'éducation, art. L124-5).`,
    en: (p) => `The internship's duration (${p["durationEn"] ?? "stated"}) exceeds ${p["max"] ?? 6} months: an internship may not last more than six months per year of teaching in the same host (Code de l'éducation, art. L124-5).`,
  },
  check(posting, context) {
    if (!posting.contracts.some((c) => c.type === "stage")) return [];
    const max = stageGratificationOn(context.date)?.maxMonths ?? 6;
    const findings: RuleFinding[] = [];
    const fr = { hour: "heures", day: "jours", week: "semaines", month: "mois", year: "ans" } as const;
    posting.contracts.forEach((c, i) => {
      if (c.type !== "stage" || !c.duration) return;
      if (stageExceedsMonths(c.duration, max, SIX_MONTHS_HOURS) !== true) return;
      const n = c.duration.value ?? c.duration.max;
      const key = c.duration.value !== undefined ? "value" : "max";
      findings.push({ path: ["contracts", i, "duration", key], params: { max, duration: `${n} ${fr[c.duration.unit]}`, durationEn: `${n} ${c.duration.unit}s` } });
    });
    return findings;
  },
};
