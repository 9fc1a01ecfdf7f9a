// Fuzzing job (a regression net on top of robustness.test.ts's fixed hostile values): every function
// exported by `ess-jobs` and `ess-jobs/valibot`, and every exported schema's safeParse, called with
// random hostile values and with real example postings mutated anywhere in their tree, must return
// without throwing and without polluting Object.prototype. Bounded in runs; a failure prints its seed
// (FUZZ_SEED=<seed> npx vitest run test/fuzz reproduces it), FUZZ_RUNS=<n> runs more.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import * as valibotApi from "../../src/valibot/index.js";
import { fuzzOptions, hostileValue, mutatedPosting } from "./arbitraries.js";

type Callable = (...args: unknown[]) => unknown;
const functions: [string, Callable][] = [];
for (const [prefix, ns] of [["ess-jobs", api], ["ess-jobs/valibot", valibotApi]] as const) {
  for (const [key, value] of Object.entries(ns as Record<string, unknown>)) if (typeof value === "function") functions.push([`${prefix}:${key}`, value as Callable]);
}
const schemas = Object.entries(api as Record<string, unknown>).filter((e): e is [string, { safeParse: Callable }] => e[1] !== null && typeof e[1] === "object" && typeof (e[1] as { safeParse?: unknown }).safeParse === "function");

const argument = fc.oneof(hostileValue, mutatedPosting, fc.constantFrom<unknown>("2024-06-01", { locale: "en", date: "2024-06-01" }, api.smicHourly, 1854.37));
const prototypeKeys = () => [Object.getOwnPropertyNames(Object.prototype).sort().join(), Object.getOwnPropertyNames(Array.prototype).length];

describe("fuzzing: exported functions with hostile values never throw nor pollute prototypes", () => {
  const before = prototypeKeys();
  it("covers the exports", () => {
    expect(functions.length).toBeGreaterThan(30);
    expect(schemas.length).toBeGreaterThan(10);
  });
  it("every exported function", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...functions), fc.array(argument, { maxLength: 3 }), ([, fn], args) => {
        fn(...args);
        expect(prototypeKeys()).toEqual(before);
        expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
      }),
      fuzzOptions(1500),
    );
  });
  it("every exported schema's safeParse", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...schemas), fc.oneof(hostileValue, mutatedPosting), ([, schema], value) => {
        schema.safeParse(value);
        expect(prototypeKeys()).toEqual(before);
      }),
      fuzzOptions(400),
    );
  });
});
