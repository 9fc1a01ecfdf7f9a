import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateJobPosting } from "../src/index.js";
import { compileWithAjv } from "./support/ajv.js";
import { arbitraryFromJsonSchema, identifierOverrides, mutate, mutationArbitrary } from "./support/arbitraryFromJsonSchema.js";

const schema = JSON.parse(readFileSync(join(import.meta.dirname, "..", "schemas", "job-posting.schema.json"), "utf8"));
const ajvValidate = compileWithAjv(schema, "2020-12", false);
const posting = arbitraryFromJsonSchema(schema, { propertyOverrides: identifierOverrides });

/**
 * zod's verdict on what JSON Schema can express: structure only (no rules), and ignoring the
 * checksum refinements (SIREN, SIRET), which JSON Schema cannot state. `undefined` when only such
 * refinements failed.
 */
function zodExpressibleVerdict(input: unknown): boolean | undefined {
  const { valid, diagnostics } = validateJobPosting(input, { rules: false });
  if (valid) return true;
  return diagnostics.some((d) => d.code.startsWith("structure/")) ? false : undefined;
}

describe("zod and the generated JSON Schema (ajv) agree", () => {
  it("on generated valid postings", () => {
    fc.assert(
      fc.property(posting, (p) => {
        expect(ajvValidate(p), JSON.stringify(ajvValidate.errors)).toBe(true);
        expect(validateJobPosting(p, { rules: false }).diagnostics).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("on random mutations of generated postings", () => {
    fc.assert(
      fc.property(posting, mutationArbitrary, (p, m) => {
        const mutated = mutate(p, m);
        const verdict = zodExpressibleVerdict(mutated);
        if (verdict === undefined) return;
        expect(ajvValidate(mutated), JSON.stringify({ mutated, zod: validateJobPosting(mutated, { rules: false }).diagnostics, ajv: ajvValidate.errors })).toBe(verdict);
      }),
      { numRuns: 1000 },
    );
  });
});
