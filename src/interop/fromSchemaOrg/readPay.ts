import type { PayAmount } from "../../generated/types.js";
import { ESS_JOBS_PROPERTY_IDS as P } from "../ESS_JOBS_PROPERTY_IDS.js";
import type { InputPath as Path } from "../InputPath.js";
import { type Obj, isObj } from "../isObj.js";
import { truncate } from "../truncate.js";
import { asList, text, num } from "./jsonLdValue.js";
import type { PostingReader } from "./PostingReader.js";

const UNIT_PERIOD: Record<string, PayAmount["period"]> = { HOUR: "hour", DAY: "day", WEEK: "week", MONTH: "month", YEAR: "year", HUR: "hour", WEE: "week", MON: "month", ANN: "year" };

/** Pay (`baseSalary` and the pay properties of toSchemaOrg). */
export function readPay(reader: PostingReader): void {
  const { node, posting, diag, lost, prop, propText, propNum } = reader;
  // Pay.
  const pay: Obj = {};
  const salary = asList(node.baseSalary)[0];
  const salaryPath: Path = Array.isArray(node.baseSalary) ? ["baseSalary", 0] : ["baseSalary"];
  if (Array.isArray(node.baseSalary) && node.baseSalary.length > 1) lost(["baseSalary", 1], "Seul le premier baseSalary est repris.", "Only the first baseSalary is kept.");
  if (salary !== undefined) {
    let currency = text(node.salaryCurrency);
    let q: unknown = salary;
    let qPath = salaryPath;
    if (isObj(salary)) {
      currency = text(salary.currency) ?? text(salary.priceCurrency) ?? currency;
      if ("value" in salary) {
        q = salary.value;
        qPath = [...salaryPath, "value"];
      } else if ("price" in salary) {
        q = salary.price;
        qPath = [...salaryPath, "price"];
      } else if ("minValue" in salary || "maxValue" in salary) q = salary;
    }
    const amount: Obj = { currency: "EUR" };
    let unit: string | undefined;
    if (isObj(q)) {
      const v = num(q.value);
      const min = num(q.minValue);
      const max = num(q.maxValue);
      if (v !== undefined) amount.value = v;
      if (min !== undefined) amount.min = min;
      if (max !== undefined) amount.max = max;
      unit = text(q.unitText) ?? text(q.unitCode);
      if (q.value !== undefined && v === undefined) diag("interop/unknown-value", "warning", [...qPath, "value"], "Montant illisible.", "Unreadable amount.");
    } else {
      const v = num(q);
      if (v !== undefined) amount.value = v;
      else diag("interop/unknown-value", "warning", qPath, "Montant illisible.", "Unreadable amount.");
    }
    if (!unit && isObj(salary)) unit = text(salary.unitText);
    const period = unit ? UNIT_PERIOD[unit.toUpperCase()] : undefined;
    const hasFigure = amount.value !== undefined || amount.min !== undefined || amount.max !== undefined;
    if (currency && currency.toUpperCase() !== "EUR") diag("interop/unknown-value", "warning", salaryPath, `Devise ${currency} : seul l'euro est pris en charge, montant non repris.`, `Currency ${currency}: only the euro is supported, amount not kept.`);
    else if (hasFigure && !period) diag("interop/unknown-value", "warning", [...qPath, "unitText"], `Période du salaire ${unit ? `« ${unit} » inconnue` : "absente"} : montant non repris (pas de devinette).`, `Salary period ${unit ? `"${unit}" unknown` : "missing"}: amount not kept (no guessing).`);
    else if (hasFigure && period) {
      if (!currency) diag("interop/assumed", "info", salaryPath, "Devise non indiquée : euro supposé.", "No currency stated: euro assumed.");
      amount.period = period;
      pay.amount = amount;
    }
  }
  const perMission = prop(P.payPerMission)[0]?.pv;
  if (perMission && !pay.amount) {
    const v = num(perMission.value);
    const min = num(perMission.minValue);
    const max = num(perMission.maxValue);
    if (v !== undefined || min !== undefined || max !== undefined) pay.amount = { currency: "EUR", period: "mission", ...(v !== undefined ? { value: v } : {}), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  }
  if (isObj(pay.amount)) {
    const basis = propText(P.payBasis);
    if (basis === "gross" || basis === "net") pay.amount.basis = basis;
    const tax = propText(P.payTax);
    if (tax) pay.amount.tax = tax;
    const months = propNum(P.monthsPerYear);
    if (months !== undefined) pay.amount.monthsPerYear = months;
  }
  for (const { pv } of prop(P.payTerm)) {
    const term = text(pv.value);
    if (term === "follows-agreement") pay.followsAgreement = true;
    if (term === "complement-negotiable") pay.complementNegotiable = true;
    if (term === "negotiable") pay.negotiable = true;
    if (term === "statutory") pay.statutory = true;
  }
  const rangeOf = (pv: Obj, period: PayAmount["period"]) => {
    const v = num(pv.value);
    const min = num(pv.minValue);
    const max = num(pv.maxValue);
    return v !== undefined || min !== undefined || max !== undefined ? { currency: "EUR", period, ...(v !== undefined ? { value: v } : {}), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) } : undefined;
  };
  const daily = prop(P.dailyRate)[0]?.pv;
  if (daily) {
    const a = rangeOf(daily, "day");
    if (a) pay.dailyRate = a;
  }
  const expenses = prop(P.expenses)[0]?.pv;
  if (expenses) {
    const a = rangeOf(expenses, "mission");
    const covers = text(expenses.description);
    if (a || covers) pay.expenses = { ...(a ? { amount: a } : {}), ...(covers ? { covers: truncate(covers, 500) } : {}) };
  }
  if (Object.keys(pay).length) posting.pay = pay;
}
