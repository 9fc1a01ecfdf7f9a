import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestMatch, editDistance } from "../../src/text/closestMatch.js";
import { SCHEMA_KEYS } from "../../src/generated/schemaKeys.js";

/** The textbook table, the reference the bounded one is judged by. */
function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "é", "😀"), maxLength: 12 });

describe("editDistance", () => {
  it("gives known distances", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("contract", "contracts")).toBe(1);
  });

  it("equals the textbook distance, and with a bound tells exactly whether it is within it (seeded)", () => {
    fc.assert(
      fc.property(word, word, fc.nat(6), (a, b, atMost) => {
        const exact = levenshtein(a, b);
        expect(editDistance(a, b)).toBe(exact);
        const bounded = editDistance(a, b, atMost);
        if (exact <= atMost) expect(bounded).toBe(exact);
        else expect(bounded).toBeGreaterThan(atMost);
      }),
      { numRuns: 2000, seed: 42 },
    );
  });
});

describe("closestMatch", () => {
  it("picks the first closest candidate within a third of the word, as a full search does", () => {
    const naive = (w: string, candidates: readonly string[]) => {
      let best: string | undefined;
      let bestDistance = Math.max(1, Math.floor(w.length / 3)) + 1;
      for (const c of candidates) {
        const d = levenshtein(w.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) [best, bestDistance] = [c, d];
      }
      return best;
    };
    for (const w of ["contract", "titel", "organization", "siret", "Salary", "postalcode", "descripton", "x", "benefit", "weeklyhour"]) {
      expect(closestMatch(w, SCHEMA_KEYS), w).toBe(naive(w, SCHEMA_KEYS));
    }
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 8 }), (w, candidates) => {
        expect(closestMatch(w, candidates)).toBe(naive(w, candidates));
      }),
      { numRuns: 1000, seed: 7 },
    );
  });
});
