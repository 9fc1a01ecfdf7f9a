import type { ContractType } from "../contract/ContractSchema.js";
import { stageGratificationOn } from "./datedReadings.js";
import { euros } from "./euros.js";
import type { Rule } from "./Rule.js";
import { STAGE_SOURCES } from "./stageSources.js";
import { stageExceedsMonths } from "./stageExceedsMonths.js";

/**
 * Contracts whose pay could be the amount stated besides a stage ("CDD ou stage"). Keyed by every
 * contract type, so that a type the schema gains must be classified here (tsc fails otherwise).
 */
const OTHER_PAID: Record<ContractType, boolean> = {
  cdi: true,
  cdd: true,
  insertion: true,
  apprentissage: true,
  professionnalisation: true,
  alternance: true,
  freelance: true,
  stage: false,
  "service-civique": false,
  benevolat: false,
};

/**
 * `stage/gratification-below-minimum`: the gratification stated for a stage is below the legal
 * minimum of its date (15 % of the hourly social-security ceiling per hour of presence, Code de
 * l'éducation L124-6, D124-6), read with `stageGratificationAt`. A monthly figure is compared with the
 * minimum for the stated weekly hours, 35 hours when none are stated (weekly hours × 52 / 12).
 * Not checked when the stage is stated to last at most two months (the gratification is then optional),
 * nor when the amount may be the pay of another contract offered as an alternative.
 */
export const stageGratificationBelowMinimum: Rule = {
  code: "stage/gratification-below-minimum",
  defaultSeverity: "error",
  title: { fr: "Gratification de stage inférieure au minimum légal", en: "Internship gratification below the legal minimum" },
  sources: STAGE_SOURCES,
  message: {
    fr: (p) =>
      `La gratification indiquée (${p["amount"] ?? "?"} par ${p["periodFr"] ?? "période"}) est inférieure au minimum légal au ${p["date"] ?? "jour de l'offre"} : ${p["minimum"] ?? "15 % du plafond horaire de la sécurité sociale"} par ${p["periodFr"] ?? "heure"}${p["hoursNote"] ? ` (${p["hoursNote"]})` : ""}${p["periodFr"] !== "heure" ? `, soit ${p["hourly"] ?? "?"} par heure de présence` : ""} (Code de l'éducation, art. L124-6 et D124-6).`,
    en: (p) =>
      `The gratification stated (${p["amountEn"] ?? "?"} per ${p["periodEn"] ?? "period"}) is below the legal minimum on ${p["date"] ?? "the posting date"}: ${p["minimumEn"] ?? "15 % of the hourly social-security ceiling"} per ${p["periodEn"] ?? "hour"}${p["hoursNoteEn"] ? ` (${p["hoursNoteEn"]})` : ""}${p["periodEn"] !== "hour" ? `, that is ${p["hourlyEn"] ?? "?"} per hour of presence` : ""} (Code de l'éducation, art. L124-6 and D124-6).`,
  },
  check(posting, context) {
    if (!posting.contracts.some((c) => c.type === "stage")) return [];
    const g = stageGratificationOn(context.date);
    const amount = posting.pay?.amount;
    if (!g || !amount) return [];
    const stages = posting.contracts.filter((c) => c.type === "stage");
    if (stages.length === 0 || posting.contracts.some((c) => OTHER_PAID[c.type] === true)) return [];
    if (stages.every((s) => stageExceedsMonths(s.duration, g.thresholdMonths, g.thresholdHours) === false)) return [];
    const stated = amount.value ?? amount.min ?? amount.max;
    if (stated === undefined || stated === 0) return [];
    const wh = posting.workingTime?.weeklyHours;
    const weekly = wh?.value ?? wh?.min ?? 35;
    const assumed = wh?.value === undefined && wh?.min === undefined;
    let minimum: number;
    let periodFr: string;
    let periodEn: string;
    switch (amount.period) {
      case "hour":
        [minimum, periodFr, periodEn] = [g.hourly, "heure", "hour"];
        break;
      case "day":
        [minimum, periodFr, periodEn] = [g.hourly * 7, "jour", "day"];
        break;
      case "week":
        [minimum, periodFr, periodEn] = [g.hourly * weekly, "semaine", "week"];
        break;
      case "month":
        [minimum, periodFr, periodEn] = [(g.hourly * weekly * 52) / 12, "mois", "month"];
        break;
      default:
        return [];
    }
    minimum = Math.round(minimum * 100) / 100;
    // A cent of tolerance per hour, rounded figures ("660 €") are accepted.
    const tolerance = amount.period === "hour" ? 0.005 : amount.period === "day" ? 0.05 : 1;
    if (stated >= minimum - tolerance) return [];
    const perHourNote = amount.period === "week" || amount.period === "month";
    return [
      {
        path: ["pay", "amount", amount.value !== undefined ? "value" : amount.min !== undefined ? "min" : "max"],
        params: {
          amount: euros(stated, "fr"),
          amountEn: euros(stated, "en"),
          minimum: euros(minimum, "fr"),
          minimumEn: euros(minimum, "en"),
          hourly: euros(g.hourly, "fr"),
          hourlyEn: euros(g.hourly, "en"),
          date: context.date,
          periodFr,
          periodEn,
          ...(perHourNote
            ? {
                hoursNote: `pour ${String(weekly).replace(".", ",")} heures par semaine${assumed ? ", durée présumée faute d'indication" : ""}`,
                hoursNoteEn: `for ${weekly} hours a week${assumed ? ", assumed as none are stated" : ""}`,
              }
            : {}),
        },
      },
    ];
  },
};
