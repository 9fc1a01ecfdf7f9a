// parsePay checks its output with parsePayFast, generated from PaySchema (scripts/generate-pay-check.ts)
// so that ess-jobs/pay loads without zod. It must give what PaySchema.safeParse gives: the same verdict,
// and on success the same output (a copy, keys in the schema's order, an optional key kept as undefined
// when the input has it), on every real pay and on generated and mutated ones.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildPayCheckModule, PAY_CHECK_PATH } from "../../scripts/generate-pay-check.js";
import { PaySchema } from "../../src/pay/PaySchema.js";
import { parsePay } from "../../src/pay/parsePay.js";
import { parsePayFast } from "../../src/pay/generated/parsePayFast.js";
import { arbitraryFromJsonSchema, identifierOverrides } from "../support/arbitraryFromJsonSchema.js";
import { exoticMutation, mutateKeepingValues } from "../support/exoticMutations.js";
import { corpusPostings, outputDifference } from "../support/fastPathDifferential.js";
import { examples, fixtures } from "../support/jsonSchemaCases.js";
import { PAY_PHRASES } from "./payPhrases.js";

const root = join(import.meta.dirname, "..", "..");
const SEED = 20_261_202;

/** Where parsePayFast and PaySchema.safeParse part on `input`, or `undefined`. */
function disagreement(input: unknown): string | undefined {
  const zod = PaySchema.safeParse(input);
  const fast = parsePayFast(input);
  if (zod.success !== (fast !== undefined)) return `zod says ${zod.success ? "valid" : "invalid"}, parsePayFast ${fast === undefined ? "invalid" : "valid"}`;
  if (!zod.success) return undefined;
  if (fast === input) return "parsePayFast returns its input, zod a copy";
  return outputDifference(fast, zod.data);
}

const payOf = (posting: unknown): unknown => (typeof posting === "object" && posting !== null ? (posting as { pay?: unknown }).pay : undefined);

/** The pays of the examples, the invalid fixtures and the corpus, by where they come from. */
function realPays(): { name: string; pay: unknown }[] {
  const cases = [...examples(), ...fixtures(), ...corpusPostings()].map((c) => ({ name: c.name, pay: payOf(c.instance) }));
  return cases.filter((c) => c.pay !== undefined);
}

describe("the generated pay check (parsePayFast)", () => {
  it("is up to date with PaySchema (run npm run generate:pay-check)", () => {
    const committed = readFileSync(join(root, PAY_CHECK_PATH), "utf8");
    expect(buildPayCheckModule() === committed, `${PAY_CHECK_PATH} is stale: run npm run generate:pay-check`).toBe(true);
  });

  it("loads no zod", () => {
    expect(readFileSync(join(root, PAY_CHECK_PATH), "utf8")).not.toMatch(/from "zod"|PaySchema\.js/);
  });

  it("agrees with PaySchema.safeParse on every pay of the examples, the invalid fixtures and the corpus", () => {
    const cases = realPays();
    expect(cases.length).toBeGreaterThanOrEqual(50);
    for (const c of cases) expect(disagreement(c.pay), c.name).toBeUndefined();
    // The examples' and the corpus's pays are valid: the check accepts them, it does not merely agree on rejecting.
    const accepted = cases.filter((c) => !c.name.startsWith("test/fixtures/") && parsePayFast(c.pay) === undefined).map((c) => c.name);
    expect(accepted).toEqual([]);
  });

  it("agrees on every pay parsePay reads from the real phrases (corpus/pay-phrases.json)", () => {
    let read = 0;
    for (const { phrase } of PAY_PHRASES) {
      const r = parsePay(phrase);
      if (!r.ok) continue;
      read++;
      expect(disagreement(r.pay), phrase).toBeUndefined();
      expect(parsePayFast(r.pay), phrase).toEqual(r.pay);
    }
    expect(read).toBeGreaterThanOrEqual(50);
  });

  it("agrees on what zod and a hand-rolled check could tell apart", () => {
    const amount = { value: 1800, currency: "EUR", period: "month" };
    const inherited = Object.assign(Object.create({ extra: 1 }), { amount });
    const cases: unknown[] = [
      null, undefined, [], "1800 €", 1800, {}, { amount }, { amount: undefined }, { amount, extra: 1 }, inherited,
      { amount: { ...amount, value: NaN } }, { amount: { ...amount, value: Infinity } }, { amount: { ...amount, value: -0 } }, { amount: { ...amount, value: -1 } },
      { amount: { ...amount, value: 10_000_000 } }, { amount: { ...amount, value: 10_000_001 } }, { amount: { ...amount, currency: "USD" } },
      { amount: { ...amount, weeklyHours: 0 } }, { amount: { ...amount, weeklyHours: 70 } }, { amount: { ...amount, monthsPerYear: 11.9 } },
      { dependsOn: [] }, { dependsOn: ["age", "age", "age", "age", "age", "age"] }, { dependsOn: ["age", "age", "age", "age", "age", "age", "age"] }, { dependsOn: ["âge"] },
      { smic: { percent: 0 } }, { smic: { percent: 1000 } }, { smic: {} }, { serviceCiviqueIndemnity: { state: amount, host: undefined } },
      { text: "" }, { text: "😀".repeat(1000) }, { text: "😀".repeat(1001) }, { text: "x".repeat(1001) }, { expenses: { covers: "é".repeat(500) } }, { expenses: { covers: "é".repeat(501) } },
      JSON.parse('{"__proto__": {"x": 1}}'), { constructor: 1 },
    ];
    for (const c of cases) expect(disagreement(c), JSON.stringify(c) ?? String(c)).toBeUndefined();
  });

  it("agrees on generated pays and their mutations (seeded)", () => {
    const schema = JSON.parse(readFileSync(join(root, "schemas", "job-posting.schema.json"), "utf8"));
    const pay = arbitraryFromJsonSchema({ $defs: schema.$defs, $ref: "#/$defs/Pay" }, { propertyOverrides: identifierOverrides });
    fc.assert(
      fc.property(pay, (p) => {
        expect(parsePayFast(p)).toBeDefined();
        expect(disagreement(p)).toBeUndefined();
      }),
      { numRuns: 500, seed: SEED },
    );
    const reals = fc.constantFrom(...realPays().map((c) => c.pay));
    fc.assert(
      fc.property(fc.oneof(pay, reals), fc.array(exoticMutation, { minLength: 1, maxLength: 3 }), (p, mutations) => {
        const mutated = mutations.reduce<unknown>((doc, m) => mutateKeepingValues(doc, m), p);
        expect(disagreement(mutated)).toBeUndefined();
      }),
      { numRuns: 2000, seed: SEED },
    );
  }, 120_000);
});
