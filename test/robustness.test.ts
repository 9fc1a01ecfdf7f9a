// "Never throws on user input": every function the package exports is called with hostile arguments
// (in each position, the other positions holding plausible values) and must return, not throw. The
// exports are enumerated, so a new export is covered without touching this file; a non-function
// export must be a schema, a dated parameter, or one of the constants listed below.
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import * as valibotApi from "../src/valibot/index.js";

/** Exports that are data, not functions: nothing to call. A new constant must be added here on purpose. */
const CONSTANTS = new Set([
  "AGREEMENT_PARAMETERS",
  "COLLECTIVE_AGREEMENTS",
  "DEFAULT_INPUT_LIMITS",
  "LINT_TEXT_MAX",
  "EDUCATION_LEVEL_LABELS",
  "ESS_JOBS_PROPERTY_IDS",
  "FRANCE_TRAVAIL_CODES",
  "ISO_DATE_PATTERN",
  "PARAMETERS",
  "RULES",
  "apprenticeAgeLimitExceptions",
  "serviceCiviqueMajorationConditions",
]);

const throwing = () => {
  throw new Error("hostile");
};
const proxy = new Proxy(
  {},
  { get: throwing, has: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing, getPrototypeOf: throwing, set: throwing, defineProperty: throwing, deleteProperty: throwing },
);
const arrayProxy = new Proxy([], { get: throwing, has: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing });
const revoked = (() => {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
})();
const getterThrows = (keys: string[]) => Object.defineProperties({}, Object.fromEntries(keys.map((k) => [k, { get: throwing, enumerable: true }])));
const cycle: Record<string, unknown> = { title: "Boucle", organisation: { name: "MJC" } };
cycle.self = cycle;
cycle.contracts = [cycle];
let deep: Record<string, unknown> = {};
for (let i = 0; i < 5_000; i++) deep = { a: deep, contracts: [deep] };

const posting: api.JobPosting = {
  title: "Animateur·rice enfance",
  organisation: { name: "Centre social des Lilas" },
  contracts: [{ type: "cdi" }, { type: "cdd", duration: { value: 6, unit: "month" } }, { type: "apprentissage" }, { type: "stage", duration: { value: 4, unit: "month" } }],
  collectiveAgreement: { idcc: "1518", classification: { group: "B" } },
  workingTime: { weeklyHours: { value: 28 } },
  pay: { amount: { min: 1400, max: 1600, currency: "EUR", basis: "gross", period: "month" }, dependsOn: ["experience"] },
  location: { places: [{ address: { commune: "Mamoudzou", postalCode: "97600", country: "FR" } }] },
  dates: { posted: "2024-06-01" },
};

/** What the functions are meant to receive: one of these fills every position not under test. */
const PLAUSIBLE: [string, unknown][] = [
  ["posting", posting],
  ["pay", posting.pay],
  ["amount", posting.pay!.amount],
  ["agreement input", { idcc: "1518", classification: { group: "B" }, date: "2024-06-01", weeklyHours: 28 }],
  ["date", "2024-06-01"],
  ["number", 1854.37],
  ["options", { locale: "en", date: "2024-06-01", rules: { "pay/not-disclosed": "off" } }],
  ["parameter", api.smicHourly],
  ["json-ld", { "@context": "https://schema.org", "@type": "JobPosting", title: "Animateur", hiringOrganization: { name: "MJC" } }],
];

const HOSTILE: [string, unknown][] = [
  ["undefined", undefined],
  ["null", null],
  ["0", 0],
  ["NaN", Number.NaN],
  ["-Infinity", Number.NEGATIVE_INFINITY],
  ["1e21", 1e21],
  ["true", true],
  ["bigint", 10n],
  ["symbol", Symbol("hostile")],
  ["function", () => 1],
  ["empty string", ""],
  ["huge string", "1 500 € brut par mois ".repeat(10_000)],
  ["string 'constructor'", "constructor"],
  ["string '__proto__'", "__proto__"],
  ["[]", []],
  ["[null]", [null]],
  ["null-prototype object", Object.create(null)],
  ["__proto__ and constructor keys", JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"toString":1,"valueOf":1}')],
  ["toPrimitive throws", { [Symbol.toPrimitive]: throwing, toString: throwing, valueOf: throwing }],
  ["cycle", cycle],
  ["deep nesting", deep],
  ["proxy", proxy],
  ["array proxy", arrayProxy],
  ["revoked proxy", revoked],
  ["getters throw", getterThrows(["title", "contracts", "pay", "locale", "date", "rules", "limits", "amount", "value", "idcc", "values", "@type", "territory"])],
  ["options of the wrong types", { locale: Symbol("x"), date: Object.create(null), rules: proxy, ruleSeverities: proxy, limits: proxy, territory: 976, age: "vingt", withPeriod: proxy }],
  ["options with an invalid date", { date: "01/06/2024", locale: "de" }],
  ["contracts as a string", { ...posting, contracts: "cdi" }],
  ["contracts of wrong items", { ...posting, contracts: [null, 5, "cdi", { type: "unknown" }, { type: "cdd", duration: proxy }, proxy] }],
  ["contracts getter throws", Object.defineProperty({ ...posting }, "contracts", { get: throwing, enumerable: true })],
  ["pay as a proxy", { ...posting, pay: proxy }],
  ["pay fields of wrong types", { ...posting, pay: { amount: { value: Symbol("x"), min: {}, period: "constructor", currency: 1 }, dependsOn: "experience", expenses: proxy, dailyRate: proxy, text: 5 } }],
  ["places as a proxy", { ...posting, location: { places: arrayProxy } }],
  ["agreement of wrong types", { ...posting, collectiveAgreement: { idcc: Symbol("x"), classification: proxy } }],
  ["dates of wrong types", { ...posting, dates: { posted: Object.create(null), updated: 20240601 } }],
  ["eligibility as a proxy", { ...posting, eligibility: proxy }],
];

type Callable = (...args: unknown[]) => unknown;

function exportsOf(name: string, ns: Record<string, unknown>) {
  const functions: [string, Callable][] = [];
  const unclassified: string[] = [];
  for (const [key, value] of Object.entries(ns)) {
    if (typeof value === "function") functions.push([`${name}:${key}`, value as Callable]);
    else if (CONSTANTS.has(key)) continue;
    else if (value !== null && typeof value === "object" && typeof (value as { safeParse?: unknown }).safeParse === "function") continue; // zod schema
    else if (value !== null && typeof value === "object" && (value as { kind?: unknown }).kind === "schema") continue; // valibot schema
    else if (value !== null && typeof value === "object" && Array.isArray((value as { values?: unknown }).values)) continue; // dated parameter
    else unclassified.push(`${name}:${key}`);
  }
  return { functions, unclassified };
}

const main = exportsOf("ess-jobs", api as unknown as Record<string, unknown>);
const valibot = exportsOf("ess-jobs/valibot", valibotApi as unknown as Record<string, unknown>);
const functions = [...main.functions, ...valibot.functions];
const POSITIONS = 3;

/** Calls `fn` with every hostile value in every position; returns the calls that threw. */
function hostileCalls(qualified: string, fn: Callable): string[] {
  const name = qualified.slice(qualified.indexOf(":") + 1);
  const failures: string[] = [];
  const attempt = (args: unknown[], label: string) => {
    try {
      fn(...args);
    } catch (error) {
      failures.push(`${label}: ${error instanceof Error ? error.message : typeof error}`);
    }
  };
  for (const [hostileLabel, hostile] of HOSTILE) {
    attempt([hostile, hostile, hostile], `${name}(${hostileLabel} everywhere)`);
    for (let position = 0; position < POSITIONS; position++) {
      for (const [plausibleLabel, plausible] of PLAUSIBLE) {
        const args = Array.from({ length: POSITIONS }, () => plausible);
        args[position] = hostile;
        attempt(args, `${name}(argument ${position + 1}: ${hostileLabel}; others: ${plausibleLabel})`);
      }
    }
  }
  return failures;
}

describe("never throws on user input", () => {
  it("every export is a function, a schema, a dated parameter or a listed constant", () => {
    expect([...main.unclassified, ...valibot.unclassified]).toEqual([]);
    expect(functions.length).toBeGreaterThan(30);
  });

  it("postingPayContext is internal: not exported", () => {
    expect("postingPayContext" in api).toBe(false);
  });

  it.each(functions.map(([qualified, fn]) => ({ qualified, fn })))("$qualified", ({ qualified, fn }) => {
    const failures = hostileCalls(qualified, fn);
    expect(failures.slice(0, 20), `${failures.length} calls threw`).toEqual([]);
  });

});
