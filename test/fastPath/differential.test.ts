// The fast path gives what zod gives: the same verdicts, diagnostics and output, on the examples, the
// invalid fixtures, the corpus, the benchmark's variants, targeted substitutions, generated and mutated
// postings, and hostile values (test/support/fastPathDifferential.ts says what is compared).
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { postingSets } from "../../bench/support/postings.js";
import { validateJobPosting } from "../../src/index.js";
import { parseJobPostingFast } from "../../src/validate/generated/parseJobPostingFast.js";
import { arbitraryFromJsonSchema, identifierOverrides } from "../support/arbitraryFromJsonSchema.js";
import { exoticMutation, mutateKeepingValues } from "../support/exoticMutations.js";
import { corpusPostings, fastPathDisagreement } from "../support/fastPathDifferential.js";
import { examples, fixtures } from "../support/jsonSchemaCases.js";
import { targetedSubstitutions } from "../support/substitutionDifferential.js";

const root = join(import.meta.dirname, "..", "..");
const schema = JSON.parse(readFileSync(join(root, "schemas", "job-posting.schema.json"), "utf8"));
const posting = arbitraryFromJsonSchema(schema, { propertyOverrides: identifierOverrides });
const SEED = 20_261_202;

function expectSame(name: string, input: unknown, options?: Parameters<typeof fastPathDisagreement>[1]): void {
  expect(fastPathDisagreement(input, options), name).toBeUndefined();
}

describe("the fast path agrees with zod", () => {
  it("on the examples, which it accepts itself (in both locales, rules on and off)", () => {
    const cases = examples();
    expect(cases.length).toBe(6);
    for (const c of cases) {
      expect(parseJobPostingFast(c.instance), c.name).toBeDefined();
      for (const options of [{ rules: false }, { locale: "en" as const }, {}]) expectSame(c.name, c.instance, options);
    }
  });

  it("on every invalid fixture", () => {
    const cases = fixtures();
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) for (const options of [{ rules: false }, { locale: "en" as const }]) expectSame(c.name, c.instance, options);
  });

  it("on every posting of the corpus", () => {
    const cases = corpusPostings();
    expect(cases.length).toBeGreaterThanOrEqual(50);
    for (const c of cases) expectSame(c.name, c.instance, {});
    // The corpus is real postings the schema accepts: the fast path takes all of them.
    expect(cases.filter((c) => parseJobPostingFast(c.instance) === undefined).map((c) => c.name)).toEqual([]);
  });

  it("on the benchmark's valid and invalid variants", () => {
    const { valid, invalid } = postingSets(40);
    for (const p of valid) expect(parseJobPostingFast(p), String(p["id"])).toBeDefined();
    for (const p of invalid) expect(parseJobPostingFast(p), String(p["id"])).toBeUndefined();
    for (const p of [...valid, ...invalid]) expectSame(String(p["id"]), p);
  });

  it("on 2 000 targeted single-field substitutions of the examples", () => {
    for (const c of targetedSubstitutions(2000, 14)) expectSame(c.name, c.instance, { locale: "en", rules: false });
  }, 120_000);

  it("on generated valid postings (seeded)", () => {
    fc.assert(
      fc.property(posting, (p) => {
        expect(parseJobPostingFast(p)).toBeDefined();
        expectSame("generated", p);
      }),
      { numRuns: 300, seed: SEED },
    );
  }, 120_000);

  it("on SIREN and SIRET numbers, right and wrong (the checksum refinements, seeded)", () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
    const number = fc.oneof(digits(9), digits(14), digits(8), digits(13), identifierOverrides["siren"]!, identifierOverrides["siret"]!, digits(9).map((s) => `356000000${s.slice(0, 5)}`));
    fc.assert(
      fc.property(number, number, (siren, siret) => {
        expectSame(`${siren} ${siret}`, { title: "Animateur", organisation: { name: "MJC", identifiers: { siren, siret } }, contracts: [{ type: "cdi" }] });
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  it("on random mutations of generated postings (seeded)", () => {
    fc.assert(
      fc.property(posting, fc.array(exoticMutation, { minLength: 1, maxLength: 3 }), fc.constantFrom("fr" as const, "en" as const), (p, mutations, locale) => {
        const mutated = mutations.reduce<unknown>((doc, m) => mutateKeepingValues(doc, m), p);
        expectSame("mutated", mutated, { locale, rules: false });
      }),
      { numRuns: 800, seed: SEED },
    );
  }, 180_000);

  it("and validateJobPosting keeps its verdicts with the fast path", () => {
    const minimal = { title: "Animateur", organisation: { name: "MJC" }, contracts: [{ type: "cdi" }] };
    const result = validateJobPosting(minimal, { rules: false });
    expect(result).toEqual({ valid: true, posting: minimal, diagnostics: [] });
    expect(result.posting).not.toBe(minimal);
    expect(validateJobPosting({ ...minimal, contracts: [{ type: "cdx" }] }, { rules: false }).diagnostics.map((d) => [d.code, d.path])).toEqual([["structure/invalid-discriminator", ["contracts", 0, "type"]]]);
  });
});
