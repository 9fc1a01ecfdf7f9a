import type { PayAmount, PayPeriod } from "../PayAmountSchema.js";
import { MAX_AMOUNT } from "./ParsePayResult.js";
import { APPROX_RE, GROSS_RE, HT_RE, MAX_AFTER_RE, MAX_BEFORE_RE, MIN_AFTER_RE, MIN_BEFORE_RE, NET_RE, TTC_RE } from "./amountCues.js";
import { PERIOD_NAMES, fail, fmtNum, quote, type Failure } from "./failures.js";
import type { Group } from "./groups.js";
import { readWeeklyHours } from "./weeklyHours.js";
import { CONTRACT_LENGTH_RE, MONTHS_ON_RE, MONTH_ORDINAL_RE, periodsIn } from "./periods.js";

export type Role = "pay" | "dailyRate" | "expenses";

export type AmountResult = { ok: true; amount: PayAmount; warnings: [string, string][] } | { ok: false; failure: Failure };

/** Detects an attribute in the group's own clause first, then in the wider context. */
export function firstFound<T>(detect: (ctx: string) => T[], own: string, wider: string | undefined): T[] {
  const inOwn = detect(own);
  if (inOwn.length > 0 || wider === undefined) return inOwn;
  return detect(wider);
}

export function buildAmount(g: Group, s: string, own: string, wider: string | undefined, defaultPeriod?: PayPeriod, multipliers: { v: number; raw: string }[] = []): AmountResult {
  const warnings: [string, string][] = [];
  if (g.comma) {
    return { ok: false, failure: fail("pay-parse/ambiguous", `${quote(g.raw, "fr")} : virgule décimale ou séparateur de milliers ? Écrire par exemple « 2 500 € » ou « 2,50 € ».`, `${quote(g.raw, "en")}: decimal comma or thousands separator? Write for example "2 500 €" or "2,50 €".`) };
  }
  for (const n of [g.min, g.max]) {
    if (!Number.isFinite(n) || n > MAX_AMOUNT) {
      return { ok: false, failure: fail("pay-parse/out-of-range", `Le montant ${quote(g.raw, "fr")} dépasse 10 000 000 €.`, `The amount ${quote(g.raw, "en")} is above €10,000,000.`) };
    }
  }
  if (g.min === 0 || g.max === 0) {
    const [fr, en] = g.max === 0 ? ["est nul", "is zero"] : ["part de 0 €", "starts at €0"];
    return { ok: false, failure: fail("pay-parse/out-of-range", `Le montant ${quote(g.raw, "fr")} ${fr} : un montant de rémunération est supérieur à 0 €.`, `The amount ${quote(g.raw, "en")} ${en}: a pay amount is above €0.`) };
  }
  if (g.min > g.max) {
    return { ok: false, failure: fail("pay-parse/invalid-range", `Le minimum (${fmtNum(g.min)}) est supérieur au maximum (${fmtNum(g.max)}) dans ${quote(g.raw, "fr")}.`, `The minimum (${fmtNum(g.min)}) is above the maximum (${fmtNum(g.max)}) in ${quote(g.raw, "en")}.`) };
  }

  const bases = firstFound((c) => [...(GROSS_RE.test(c) ? ["gross" as const] : []), ...(NET_RE.test(c) ? ["net" as const] : [])], own, wider);
  if (bases.length > 1) return { ok: false, failure: fail("pay-parse/ambiguous", "Le montant est dit à la fois brut et net.", "The amount is said to be both gross and net.") };
  const taxes = firstFound((c) => [...(HT_RE.test(c) ? ["excluding-vat" as const] : []), ...(TTC_RE.test(c) ? ["including-vat" as const] : [])], own, wider);
  if (taxes.length > 1) return { ok: false, failure: fail("pay-parse/ambiguous", "Le montant est dit à la fois HT et TTC.", "The amount is said to be both before and including VAT (HT and TTC).") };
  const approximate = firstFound((c) => (APPROX_RE.test(c) ? [true] : []), own, wider).length > 0;

  // "… pour 18 heures par semaine": the hours the amount is for, not its period.
  const ownHours = readWeeklyHours(own);
  const widerHours = wider === undefined ? undefined : readWeeklyHours(wider);
  const weeklyHours = ownHours.hours ?? widerHours?.hours;
  let periods = firstFound(periodsIn, ownHours.rest, widerHours?.rest);
  if (periods.length > 1) {
    const fr = periods.map((p) => PERIOD_NAMES[p][0]).join(", ");
    const en = periods.map((p) => PERIOD_NAMES[p][1]).join(", ");
    return { ok: false, failure: fail("pay-parse/ambiguous", `Plusieurs périodes sont indiquées (${fr}) : impossible de savoir laquelle retenir.`, `Several periods are stated (${en}): cannot tell which one applies.`) };
  }
  let period: PayPeriod | undefined = periods[0] ?? defaultPeriod;
  // "2 100 € brut × 13": a figure paid a number of times a year is a monthly one.
  if (period === undefined && multipliers.length > 0) period = "month";
  if (period === undefined) {
    // Inference from magnitude only for a salary stated gross or net (or in k€), per the documented rule.
    const basisOrKilo = bases.length === 1 || g.kilo;
    if (basisOrKilo && g.min >= 1000 && g.max <= 10_000) {
      period = "month";
      warnings.push([
        "Période non indiquée : « par mois » retenu, car le montant (brut ou net) est compris entre 1 000 et 10 000 €.",
        "No period stated: per month assumed, as the (gross or net) amount is between €1,000 and €10,000.",
      ]);
    } else if (basisOrKilo && g.min >= 15_000 && g.max <= 300_000) {
      period = "year";
      warnings.push([
        "Période non indiquée : « par an » retenu, car le montant (brut, net ou en k€) est compris entre 15 000 et 300 000 €.",
        "No period stated: per year assumed, as the (gross, net or k€) amount is between €15,000 and €300,000.",
      ]);
    } else {
      return { ok: false, failure: fail("pay-parse/ambiguous", `La période de ${quote(g.raw, "fr")} n'est pas indiquée (de l'heure, par jour, par mois, par an, pour la mission…).`, `The period of ${quote(g.raw, "en")} is not stated (per hour, day, month, year, for the mission…).`) };
    }
  }
  periods = [period];
  const times = multipliers[0];
  if (times && period !== "month") {
    return { ok: false, failure: fail("pay-parse/ambiguous", `${quote(times.raw, "fr")} après un montant par ${PERIOD_NAMES[period][0]} n'est pas compris : seul un salaire mensuel se multiplie par un nombre de mois (12 à 14).`, `${quote(times.raw, "en")} after an amount per ${PERIOD_NAMES[period][1]} is not understood: only a monthly salary is multiplied by a number of months (12 to 14).`) };
  }

  // Bounds of a single figure: "à partir de 1 700 €", "jusqu'à 2 000 €", "1 700 € minimum".
  let bound: "min" | "max" | undefined;
  if (!g.range) {
    const before = s.slice(Math.max(0, g.s - 30), g.s).trimEnd();
    const after = s.slice(g.e, g.e + 30);
    const isMin = MIN_BEFORE_RE.test(before) || MIN_AFTER_RE.test(after);
    const isMax = MAX_BEFORE_RE.test(before) || MAX_AFTER_RE.test(after);
    if (isMin && isMax) return { ok: false, failure: fail("pay-parse/ambiguous", `${quote(g.raw, "fr")} est dit à la fois minimum et maximum.`, `${quote(g.raw, "en")} is said to be both a minimum and a maximum.`) };
    bound = isMin ? "min" : isMax ? "max" : undefined;
  }

  // Months per year: "sur 13 mois", "13e mois", "× 13" (kept for a monthly or yearly figure only;
  // on an hourly one "sur 12 mois" is France Travail's boilerplate). The schema takes 12 to 14: a
  // number outside it ("sur 15 mois", "sur 11 mois", "× 2") is refused, not dropped, except a
  // contract's length said of the contract ("CDD sur 6 mois"), which is not pay months.
  let monthsPerYear: number | undefined;
  if (period === "month" || period === "year") {
    const found = new Set<number>();
    const detectMonths = (c: string) => {
      const out: [number, string][] = [];
      for (const m of c.matchAll(MONTHS_ON_RE)) {
        const n = Number(m[1]!.replace(",", "."));
        // "CDD sur 6 mois": the contract's length, said of the contract, not of the pay.
        const before = c.slice(Math.max(0, (m.index ?? 0) - 30), m.index);
        if (n < 12 && CONTRACT_LENGTH_RE.test(before)) continue;
        out.push([n, m[0]]);
      }
      for (const m of c.matchAll(MONTH_ORDINAL_RE)) out.push([m[1] ? Number(m[1]) : m[2] === "treizieme" ? 13 : 14, m[0]]);
      return out;
    };
    const stated: [number, string][] = [...firstFound(detectMonths, own, wider), ...multipliers.map((t): [number, string] => [t.v, t.raw])];
    const outside = stated.find(([n]) => !(n >= 12 && n <= 14));
    if (outside) {
      const [, excerpt] = outside;
      return { ok: false, failure: fail("pay-parse/out-of-range", `${quote(excerpt, "fr")} : un salaire est versé sur 12 à 14 mois par an ; une autre durée (celle du contrat ?) s'indique à part.`, `${quote(excerpt, "en")}: a salary is paid over 12 to 14 months a year; another length (the contract's?) is stated separately.`) };
    }
    for (const [n] of stated) found.add(n);
    if (found.size > 1) return { ok: false, failure: fail("pay-parse/ambiguous", `Plusieurs nombres de mois sont indiqués (${[...found].join(", ")}).`, `Several numbers of months are stated (${[...found].join(", ")}).`) };
    monthsPerYear = [...found][0];
  }

  const amount: PayAmount = g.range
    ? g.min === g.max
      ? { value: g.min, currency: "EUR", period }
      : { min: g.min, max: g.max, currency: "EUR", period }
    : bound === "min"
      ? { min: g.min, currency: "EUR", period }
      : bound === "max"
        ? { max: g.min, currency: "EUR", period }
        : { value: g.min, currency: "EUR", period };
  if (bases[0]) amount.basis = bases[0];
  if (taxes[0]) amount.tax = taxes[0];
  if (monthsPerYear !== undefined) amount.monthsPerYear = monthsPerYear;
  if (approximate) amount.approximate = true;
  if (weeklyHours !== undefined && period !== "hour") amount.weeklyHours = weeklyHours;
  return { ok: true, amount, warnings };
}
