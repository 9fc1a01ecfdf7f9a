import type { Pay } from "../PaySchema.js";
import { parsePayFast } from "../generated/parsePayFast.js";
import type { ParsePayResult } from "./ParsePayResult.js";
import { buildAmount, type Role } from "./buildAmount.js";
import { splitClauses } from "./clauses.js";
import { readSmicMultiple } from "./smicMultiple.js";
import { BASED_ON_GROUP_RE, readGridReference } from "./gridReference.js";
import { fail, failure, quote, type Locale } from "./failures.js";
import { findGroups, type Group, type Multiplier } from "./groups.js";
import { indemnityParts, partWindow } from "./indemnityParts.js";
import { CACHET_RE, DAILY_RATE_RE, EXPENSES_RE, NOT_STATED_RE, TO_PROPOSE_RE, readStatements } from "./statements.js";
import { BASIS_WORDS, tokenise, type NumTok, type Tok } from "./tokenise.js";

export function parseNormalised(text: string, s: string, at: number[], locale: Locale): ParsePayResult {
  const orig = (a: number, b: number) => text.slice(at[a] ?? 0, at[b] ?? text.length).trim();
  const toks = tokenise(s);
  for (const t of toks) if (t.t === "num" || t.t === "fx") t.raw = orig(t.s, t.e);
  const exponent = toks.find((t): t is NumTok => t.t === "num" && t.exponent);
  if (exponent) {
    return failure(fail("pay-parse/unrecognised", `${quote(exponent.raw, "fr")} : la notation scientifique n'est pas prise en charge ; écrire le montant en chiffres, par exemple « 2 500 € ».`, `${quote(exponent.raw, "en")}: scientific notation is not supported; write the amount in figures, for example "2 500 €".`), locale);
  }
  const fx = toks.find((t): t is Extract<Tok, { t: "fx" }> => t.t === "fx");
  if (fx) {
    return failure(fail("pay-parse/unsupported-currency", `Seul l'euro est pris en charge (${quote(fx.raw, "fr")}).`, `Only the euro is supported (${quote(fx.raw, "en")}).`), locale);
  }
  if (CACHET_RE.test(s)) {
    return failure(fail("pay-parse/unsupported-period", "Une rémunération au cachet n'a pas de période prise en charge (heure, jour, semaine, mois, an, mission).", "Pay per performance (cachet) has no supported period (hour, day, week, month, year, mission)."), locale);
  }

  const found = findGroups(toks, s);
  const { multipliers } = found;
  let { groups, strays, percents } = found;
  for (const g of groups) g.raw = orig(g.s, g.e);
  // Pay relative to the SMIC ("110 % du SMIC", "SMIC horaire + 1 €"): its figures are consumed.
  const smic = readSmicMultiple(s);
  if (smic) {
    const outside = (x: { s: number }) => x.s < smic.start || x.s >= smic.end;
    [groups, strays, percents] = [groups.filter(outside), strays.filter(outside), percents.filter(outside)];
  }
  // A minus sign glued to an amount ("-1800 €", "−1 800 €"), not a range's dash ("1700 €-2000 €");
  // a plus before an amount ("SMIC + 150 €", "+1800 €"): an addition to something, not the pay itself.
  for (const g of groups) {
    const k = toks.findIndex((t) => t.s === g.s);
    const sign = toks[k - 1];
    const before = toks[k - 2];
    const isRangeDash = before !== undefined && (before.t === "num" || before.t === "cur" || (before.t === "word" && BASIS_WORDS.has(before.w)));
    if (sign?.t === "sym" && sign.c === "-" && sign.e === g.s && !isRangeDash) {
      const excerpt = orig(sign.s, g.e);
      return failure(fail("pay-parse/negative", `Montant négatif ${quote(excerpt, "fr")} : une rémunération est un montant positif.`, `Negative amount ${quote(excerpt, "en")}: pay is a positive amount.`), locale);
    }
    if (sign?.t === "sym" && sign.c === "+") {
      const excerpt = orig(sign.s, g.e);
      return failure(fail("pay-parse/ambiguous", `${quote(excerpt, "fr")} : un montant ajouté (à quoi ?) n'est pas la rémunération elle-même ; indiquer le montant total.`, `${quote(excerpt, "en")}: an amount added (to what?) is not the pay itself; state the total amount.`), locale);
    }
  }
  if (strays.length > 0 && (groups.length > 0 || strays.some((n) => n.v >= 100))) {
    const n = strays[0]!;
    return failure(fail("pay-parse/ambiguous", `Le nombre ${quote(n.raw, "fr")} n'est pas compris : montant sans devise, durée, référence ?`, `The number ${quote(n.raw, "en")} is not understood: an amount without currency, a duration, a reference?`), locale);
  }

  const clauses = splitClauses(s, toks);
  const clauseOf = (g: Group) => clauses.find((c) => g.s >= c.s && g.s < c.e) ?? { s: 0, e: s.length, text: s };
  const roleOf = (g: Group): Role => {
    const c = clauseOf(g);
    const before = s.slice(c.s, g.s);
    if (EXPENSES_RE.test(before)) return "expenses";
    if (DAILY_RATE_RE.test(before)) return "dailyRate";
    return "pay";
  };
  const byRole: Record<Role, Group[]> = { pay: [], dailyRate: [], expenses: [] };
  for (const g of groups) byRole[roleOf(g)].push(g);
  // A service-civique indemnity stated as its parts (State part, host part): read apart.
  const parts = indemnityParts(s, byRole.pay);
  const indemnity: NonNullable<Pay["serviceCiviqueIndemnity"]> = {};
  if (parts) {
    for (const [who, g] of parts) {
      const r = buildAmount(g, s, partWindow(s, g).replace(/\bforfaitaires?\b/g, " "), undefined, "month");
      if (!r.ok) return failure(r.failure, locale);
      indemnity[who] = r.amount;
    }
    byRole.pay = [];
  }
  for (const role of ["pay", "dailyRate", "expenses"] as const) {
    if (byRole[role].length > 1) {
      const list = byRole[role].map((g) => g.raw).join(" ; ");
      return failure(fail("pay-parse/ambiguous", `Plusieurs montants sont indiqués (${list}) : impossible de savoir lequel retenir.`, `Several amounts are stated (${list}): cannot tell which one is meant.`), locale);
    }
  }
  // The context of the pay: every clause that holds no daily rate or expenses amount.
  const otherClauses = new Set([...byRole.dailyRate, ...byRole.expenses].map((g) => clauseOf(g)));
  const ctx = clauses.filter((c) => !otherClauses.has(c)).map((c) => c.text).join(" ; ");

  const warnings: [string, string][] = [];
  const pay: Pay = parts ? { serviceCiviqueIndemnity: indemnity } : {};
  const payGroup = byRole.pay[0];
  // "× 13" belongs to the pay amount it follows in the same clause; anywhere else it is not understood.
  // (A daily rate or an expenses envelope is not paid on months: its "× 13" is not understood either.)
  const attached = (m: Multiplier) => payGroup !== undefined && m.s >= payGroup.e && clauseOf(payGroup) === clauseOf({ s: m.s } as Group);
  const loose = multipliers.find((m) => !attached(m));
  if (loose) {
    return failure(fail("pay-parse/ambiguous", `Le nombre ${quote(loose.n.raw, "fr")} n'est pas compris : montant sans devise, durée, référence ?`, `The number ${quote(loose.n.raw, "en")} is not understood: an amount without currency, a duration, a reference?`), locale);
  }
  if (payGroup) {
    const times = multipliers.map((m) => ({ v: m.n.v, raw: orig(m.s, m.n.e) }));
    const r = buildAmount(payGroup, s, clauseOf(payGroup).text, ctx, undefined, times);
    if (!r.ok) return failure(r.failure, locale);
    pay.amount = r.amount;
    warnings.push(...r.warnings);
  }
  if (smic) pay.smic = smic.smic;
  readStatements(ctx, pay, smic !== undefined);
  // "basée sur le groupe ECLAT": an agreement named with its group is its grid too.
  const named = pay.followsAgreement || BASED_ON_GROUP_RE.test(ctx) ? readGridReference(ctx) : undefined;
  if (named) pay.followsAgreement = true;
  const collectiveAgreement = named;

  const dailyGroup = byRole.dailyRate[0];
  if (dailyGroup) {
    const r = buildAmount(dailyGroup, s, clauseOf(dailyGroup).text, undefined, "day");
    if (!r.ok) return failure(r.failure, locale);
    pay.dailyRate = r.amount;
    warnings.push(...r.warnings);
  } else if (DAILY_RATE_RE.test(s) && TO_PROPOSE_RE.test(s)) {
    pay.dailyRateToPropose = true;
  }
  const expensesGroup = byRole.expenses[0];
  if (expensesGroup) {
    const r = buildAmount(expensesGroup, s, clauseOf(expensesGroup).text, undefined, "mission");
    if (!r.ok) return failure(r.failure, locale);
    pay.expenses = { amount: r.amount };
    warnings.push(...r.warnings);
  }

  const recognised = Object.keys(pay).length > 0;
  if (!recognised) {
    const bare = s.replace(/[^a-z ]/g, " ").replace(/ +/g, " ").trim();
    if (strays.length === 0 && NOT_STATED_RE.test(bare)) {
      warnings.push([`${quote(text.trim(), "fr")} : la rémunération n'est pas indiquée.`, `${quote(text.trim(), "en")}: the pay is not stated.`]);
    } else if (strays.length > 0) {
      // A bare number ("12.13", "1645,58"): an amount without currency or period, or something else.
      const n = strays[0]!;
      return failure(fail("pay-parse/ambiguous", `Le nombre ${quote(n.raw, "fr")} n'est pas compris : montant sans devise, durée, référence ?`, `The number ${quote(n.raw, "en")} is not understood: an amount without currency, a duration, a reference?`), locale);
    } else {
      return failure(fail("pay-parse/unrecognised", `Aucune rémunération reconnue dans ${quote(text.trim(), "fr")}.`, `No pay recognised in ${quote(text.trim(), "en")}.`), locale);
    }
  } else if (strays.length > 0) {
    const n = strays[0]!;
    return failure(fail("pay-parse/ambiguous", `Le nombre ${quote(n.raw, "fr")} n'est pas compris : montant sans devise, durée, référence ?`, `The number ${quote(n.raw, "en")} is not understood: an amount without currency, a duration, a reference?`), locale);
  }
  for (const p of percents) {
    warnings.push([`Le pourcentage ${quote(`${p.raw} %`, "fr")} n'est pas enregistré.`, `The percentage ${quote(`${p.raw}%`, "en")} is not recorded.`]);
  }

  pay.text = text;
  // PaySchema's check, generated from it (scripts/generate-pay-check.ts): ess-jobs/pay loads no zod.
  const checked = parsePayFast(pay);
  if (checked === undefined) {
    return failure(fail("pay-parse/unrecognised", `Aucune rémunération valide reconnue dans ${quote(text.trim(), "fr")}.`, `No valid pay recognised in ${quote(text.trim(), "en")}.`), locale);
  }
  const out: ParsePayResult = { ok: true, pay: checked };
  if (collectiveAgreement) out.collectiveAgreement = collectiveAgreement;
  if (warnings.length > 0) out.warnings = warnings.map(([fr, en]) => (locale === "en" ? en : fr));
  return out;
}
