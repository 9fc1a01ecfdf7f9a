import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import type { Source } from "../parameters/Parameter.js";
import { valueAt } from "../parameters/valueAt.js";
import { overtimePremium } from "../parameters/workingTime/overtimePremium.js";
import type { Locale } from "../validate/Diagnostic.js";

/** The hours a week's minimum pay is owed for, once the overtime premiums are counted. @internal */
export interface PaidWeeklyHours {
  /** Hours paid at the base rate: the hours worked, plus each overtime hour's premium (39 h → 40 h). */
  paid: number;
  /** How the figure was reached, in the locale asked for (none when no hour is overtime). */
  steps: string[];
  /** What the figure assumes. */
  notes: string[];
  sources: Source[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const num = (x: number, locale: Locale) => (locale === "fr" ? String(round2(x)).replace(".", ",") : String(round2(x)));
const t = (locale: Locale, fr: string, en: string) => (locale === "fr" ? fr : en);
const L3121_44: Source = { label: "Code du travail, art. L3121-41 et L3121-44 (aménagement du temps de travail sur une période supérieure à la semaine, jours de repos)", url: "https://code.travail.gouv.fr/code-du-travail/l3121-44" };

/**
 * The weekly hours the minimum pay of a salaried job is owed for: its hours, each hour above the legal
 * week weighted by the statutory overtime premium of the date (L3121-36: 39 h are paid as 35 + 4 × 1,25
 * = 40 h). When the posting gives working-time reduction days (`workingTime.rttDaysPerYear`), the hours
 * above the legal week are compensated by days off under an arrangement over the year (L3121-44): the
 * monthly pay is smoothed on the legal week, and only hours beyond the yearly ceiling are overtime,
 * settled at the end of the period.
 * @internal
 */
export function paidWeeklyHours(posting: JobPosting, hours: number, fullTime: number, date: string, locale: Locale): PaidWeeklyHours {
  const none: PaidWeeklyHours = { paid: hours, steps: [], notes: [], sources: [] };
  if (!(hours > fullTime)) return none;
  const rtt = posting.workingTime?.rttDaysPerYear;
  if (typeof rtt === "number" && rtt > 0) {
    return {
      paid: fullTime,
      steps: [
        t(
          locale,
          `${num(hours, locale)} h par semaine avec ${rtt} jours de RTT par an : les heures au-delà de ${fullTime} h sont compensées par des jours de repos (aménagement du temps de travail sur l'année) ; le salaire mensuel est lissé sur ${fullTime} h.`,
          `${num(hours, locale)} h a week with ${rtt} RTT days a year: the hours above ${fullTime} h are compensated by days off (working time arranged over the year); the monthly pay is smoothed on ${fullTime} h.`,
        ),
      ],
      notes: [
        t(
          locale,
          "Les heures accomplies au-delà du plafond annuel de l'accord (1 607 h à défaut) sont des heures supplémentaires, payées en fin de période.",
          "Hours beyond the arrangement's yearly ceiling (1,607 h by default) are overtime, paid at the end of the period.",
        ),
      ],
      sources: [L3121_44],
    };
  }
  const premium = valueAt(overtimePremium, date);
  if (!premium?.value) {
    none.notes.push(
      t(locale, `Au-delà de ${fullTime} h, majoration des heures supplémentaires non connue à cette date : heures comptées sans majoration.`, `Above ${fullTime} h, the overtime premium is not known at that date: hours counted without it.`),
    );
    return none;
  }
  const { firstHours, firstRate, laterRate } = premium.value;
  const overtime = hours - fullTime;
  const first = Math.min(overtime, firstHours);
  const later = overtime - first;
  const paid = fullTime + first * (1 + firstRate) + later * (1 + laterRate);
  const pct = (r: number) => `${num(r * 100, locale)} %`;
  const terms = [`${fullTime} h`, `${num(first, locale)} h × ${num(1 + firstRate, locale)}`, ...(later > 0 ? [`${num(later, locale)} h × ${num(1 + laterRate, locale)}`] : [])].join(" + ");
  return {
    paid,
    steps: [
      t(
        locale,
        `Heures supplémentaires au-delà de ${fullTime} h majorées de ${pct(firstRate)} (${firstHours} premières) puis ${pct(laterRate)} : ${terms} = ${num(paid, locale)} h payées par semaine.`,
        `Overtime above ${fullTime} h paid ${pct(firstRate)} more (first ${firstHours} hours), then ${pct(laterRate)}: ${terms} = ${num(paid, locale)} h paid a week.`,
      ),
    ],
    notes: [
      t(
        locale,
        "Majorations légales à défaut d'accord ; un accord de branche ou d'entreprise peut fixer un autre taux, d'au moins 10 %.",
        "The law's premiums where no agreement sets others; a branch or company agreement may set another rate, of at least 10 %.",
      ),
    ],
    sources: [...premium.sources],
  };
}
