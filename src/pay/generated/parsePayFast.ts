// GENERATED FILE — do not edit. Written by scripts/generate-pay-check.ts (npm run generate:pay-check)
// from the zod schema, src/pay/PaySchema.ts, the one source of truth;
// test/pay/parsePayFast.test.ts fails when it is out of date.

import type { Pay } from "../../generated/types.js";
import { codePointLength } from "../../text/codePointLength.js";

const C0 = new Set(["amount","followsAgreement","complementNegotiable","negotiable","dependsOn","statutory","dailyRate","dailyRateToPropose","expenses","smic","serviceCiviqueIndemnity","text"]);
const C1 = new Set(["value","min","max","currency","period","basis","tax","monthsPerYear","weeklyHours","approximate"]);
const C2 = new Set(["hour", "day", "week", "month", "year", "mission"]);
const C3 = new Set(["qualification", "experience", "profile", "age", "seniority", "hours"]);
const C4 = new Set(["amount","covers","approval"]);
const C5 = new Set(["percent","plus"]);
const C6 = new Set(["state","host"]);

/**
 * The walk's count of the input's nodes (1 for the root, then every property and element: at least
 * what `inspectInput` counts, which does not count inherited keys) and the limits it stops at
 * (`parseJobPostingFastWithin`): past them it throws `OVER_LIMITS` and the input guard decides.
 */
let nodes = 1;
let maxNodes = Infinity;
let maxDepth = Infinity;
const OVER_LIMITS = new RangeError("over the input limits");

/** A container at depth `d` (the root is 1) holding `n` values: within the limits, or throws. */
function enter(n: number, d: number): void {
  if (d > maxDepth || (nodes += n) > maxNodes) throw OVER_LIMITS;
}

/** zod's object: a non-null object that is not an array. */
function isObject(x: any): boolean {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** zod's strict object (at depth `d`): an object with no enumerable key, own or inherited, outside `keys`. */
function isStrictObject(x: any, keys: Set<string>, d: number): boolean {
  if (!isObject(x)) return false;
  let n = 0;
  for (const k in x) {
    if (!keys.has(k)) return false;
    n++;
  }
  enter(n, d);
  return true;
}

/** An object whose unknown keys are not read (a stripping one): its size is not known, so under limits the guard decides. */
function unsized(): void {
  if (maxNodes !== Infinity || maxDepth !== Infinity) throw OVER_LIMITS;
}

/** An optional property read as `undefined`: zod's output has it only when the input has the key. */
function keepUndefined(o: any, x: any, key: string): void {
  if (key in x) o[key] = undefined;
}


/**
 * What `PaySchema.safeParse(input).data` is when zod reports no issue (a copy of the input, keys in the
 * schema's order, an optional key kept when the input has it, even `undefined`), else `undefined`.
 * Loads no zod. @internal
 */
export function parsePayFast(input: unknown): Pay | undefined {
  // At depth 1, without limits (the module's maxNodes and maxDepth stay Infinity): parsePay's own small object.
  return parsePay(input, 1);
}

function parsePay(x: any, d: number): any {
  if (!isStrictObject(x, C0, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.amount;
  if (v === undefined) keepUndefined(o, x, "amount");
  else {
    if ((o.amount = parsePayAmount(v, d + 1)) === undefined) return undefined;
  }
  v = x.followsAgreement;
  if (v === undefined) keepUndefined(o, x, "followsAgreement");
  else {
    if (!leaf7(v)) return undefined;
    o.followsAgreement = v;
  }
  v = x.complementNegotiable;
  if (v === undefined) keepUndefined(o, x, "complementNegotiable");
  else {
    if (!leaf7(v)) return undefined;
    o.complementNegotiable = v;
  }
  v = x.negotiable;
  if (v === undefined) keepUndefined(o, x, "negotiable");
  else {
    if (!leaf7(v)) return undefined;
    o.negotiable = v;
  }
  v = x.dependsOn;
  if (v === undefined) keepUndefined(o, x, "dependsOn");
  else {
    if ((o.dependsOn = array2(v, d + 1)) === undefined) return undefined;
  }
  v = x.statutory;
  if (v === undefined) keepUndefined(o, x, "statutory");
  else {
    if (!leaf7(v)) return undefined;
    o.statutory = v;
  }
  v = x.dailyRate;
  if (v === undefined) keepUndefined(o, x, "dailyRate");
  else {
    if ((o.dailyRate = parsePayAmount(v, d + 1)) === undefined) return undefined;
  }
  v = x.dailyRateToPropose;
  if (v === undefined) keepUndefined(o, x, "dailyRateToPropose");
  else {
    if (!leaf7(v)) return undefined;
    o.dailyRateToPropose = v;
  }
  v = x.expenses;
  if (v === undefined) keepUndefined(o, x, "expenses");
  else {
    if ((o.expenses = parseExpensesEnvelope(v, d + 1)) === undefined) return undefined;
  }
  v = x.smic;
  if (v === undefined) keepUndefined(o, x, "smic");
  else {
    if ((o.smic = object4(v, d + 1)) === undefined) return undefined;
  }
  v = x.serviceCiviqueIndemnity;
  if (v === undefined) keepUndefined(o, x, "serviceCiviqueIndemnity");
  else {
    if ((o.serviceCiviqueIndemnity = object5(v, d + 1)) === undefined) return undefined;
  }
  v = x.text;
  if (v === undefined) keepUndefined(o, x, "text");
  else {
    if (!(typeof v === "string" && v.length >= 1 && (v.length <= 1000 || codePointLength(v) <= 1000))) return undefined;
    o.text = v;
  }
  return o;
}

function parsePayAmount(x: any, d: number): any {
  if (!isStrictObject(x, C1, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.value;
  if (v === undefined) keepUndefined(o, x, "value");
  else {
    if (!leaf0(v)) return undefined;
    o.value = v;
  }
  v = x.min;
  if (v === undefined) keepUndefined(o, x, "min");
  else {
    if (!leaf0(v)) return undefined;
    o.min = v;
  }
  v = x.max;
  if (v === undefined) keepUndefined(o, x, "max");
  else {
    if (!leaf0(v)) return undefined;
    o.max = v;
  }
  v = x.currency;
  if (!(v === "EUR")) return undefined;
  o.currency = v;
  v = x.period;
  if (!(C2.has(v))) return undefined;
  o.period = v;
  v = x.basis;
  if (v === undefined) keepUndefined(o, x, "basis");
  else {
    if (!((v === "gross" || v === "net"))) return undefined;
    o.basis = v;
  }
  v = x.tax;
  if (v === undefined) keepUndefined(o, x, "tax");
  else {
    if (!((v === "excluding-vat" || v === "including-vat"))) return undefined;
    o.tax = v;
  }
  v = x.monthsPerYear;
  if (v === undefined) keepUndefined(o, x, "monthsPerYear");
  else {
    if (!(typeof v === "number" && Number.isFinite(v) && v >= 12 && v <= 14)) return undefined;
    o.monthsPerYear = v;
  }
  v = x.weeklyHours;
  if (v === undefined) keepUndefined(o, x, "weeklyHours");
  else {
    if (!(typeof v === "number" && Number.isFinite(v) && v > 0 && v <= 70)) return undefined;
    o.weeklyHours = v;
  }
  v = x.approximate;
  if (v === undefined) keepUndefined(o, x, "approximate");
  else {
    if (!leaf7(v)) return undefined;
    o.approximate = v;
  }
  return o;
}

function array2(x: any, d: number): any {
  if (!Array.isArray(x)) return undefined;
  const n = x.length;
  if (n < 1 || n > 6) return undefined;
  enter(n, d);
  const o = new Array(n);
  let v: any;
  for (let i = 0; i < n; i++) {
    v = x[i];
    if (!(C3.has(v))) return undefined;
    o[i] = v;
  }
  return o;
}

function parseExpensesEnvelope(x: any, d: number): any {
  if (!isStrictObject(x, C4, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.amount;
  if (v === undefined) keepUndefined(o, x, "amount");
  else {
    if ((o.amount = parsePayAmount(v, d + 1)) === undefined) return undefined;
  }
  v = x.covers;
  if (v === undefined) keepUndefined(o, x, "covers");
  else {
    if (!leaf9(v)) return undefined;
    o.covers = v;
  }
  v = x.approval;
  if (v === undefined) keepUndefined(o, x, "approval");
  else {
    if (!leaf9(v)) return undefined;
    o.approval = v;
  }
  return o;
}

function object4(x: any, d: number): any {
  if (!isStrictObject(x, C5, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.percent;
  if (v === undefined) keepUndefined(o, x, "percent");
  else {
    if (!(typeof v === "number" && Number.isFinite(v) && v > 0 && v <= 1000)) return undefined;
    o.percent = v;
  }
  v = x.plus;
  if (v === undefined) keepUndefined(o, x, "plus");
  else {
    if ((o.plus = parsePayAmount(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function object5(x: any, d: number): any {
  if (!isStrictObject(x, C6, d)) return undefined;
  const o: any = {};
  let v: any;
  v = x.state;
  if (v === undefined) keepUndefined(o, x, "state");
  else {
    if ((o.state = parsePayAmount(v, d + 1)) === undefined) return undefined;
  }
  v = x.host;
  if (v === undefined) keepUndefined(o, x, "host");
  else {
    if ((o.host = parsePayAmount(v, d + 1)) === undefined) return undefined;
  }
  return o;
}

function leaf0(v: any): boolean {
  return typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 10000000;
}

function leaf7(v: any): boolean {
  return typeof v === "boolean";
}

function leaf9(v: any): boolean {
  return typeof v === "string" && v.length >= 1 && (v.length <= 500 || codePointLength(v) <= 500);
}
