import { describe, expect, it } from "vitest";
import { runDifferential, targetedSubstitutions } from "./support/substitutionDifferential.js";

describe("zod, valibot, ajv and Python's jsonschema", () => {
  // A bounded share of bench/differential.ts (20 000): the first 250 of the same seeded order.
  it("give the same verdict on 250 targeted single-field substitutions of the examples", () => {
    const result = runDifferential(targetedSubstitutions(250));
    expect(result.disagreements).toEqual([]);
    // Both verdicts are exercised: the substitutions are not all harmless, nor all fatal.
    expect(result.valid).toBeGreaterThan(50);
    expect(result.invalid).toBeGreaterThan(50);
  }, 120_000);
});
