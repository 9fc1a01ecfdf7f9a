// The pay rules ask legalMinimums for figures only (no steps, notes or sources): the figures must be
// those legalMinimumPay gives, on every example and corpus posting, at their own date and at others.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agreementMinimumPay } from "../../src/agreement/agreementMinimumPay.js";
import type { JobPosting } from "../../src/jobPosting/JobPostingSchema.js";
import { legalMinimumPay, legalMinimums } from "../../src/pay/legalMinimumPay.js";
import { corpusPostings } from "../support/fastPathDifferential.js";

const root = join(import.meta.dirname, "..", "..");
const examples = readdirSync(join(root, "examples"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => ({ name: f, instance: JSON.parse(readFileSync(join(root, "examples", f), "utf8")) as unknown }));

describe("legalMinimums without text", () => {
  const postings = [...examples, ...corpusPostings()];

  it("gives legalMinimumPay's figures, with no step, note or source", () => {
    let compared = 0;
    for (const { name, instance } of postings) {
      const posting = instance as JobPosting;
      for (const date of [undefined, "2015-06-01", "2024-06-01"]) {
        const options = date ? { date } : {};
        const full = legalMinimumPay(posting, options);
        const figures = legalMinimums(posting, options, { agreementMinimumPay, text: false });
        expect(figures.map((m) => ({ ...m, steps: [], notes: [], sources: [] })), `${name} ${date ?? ""}`).toEqual(full.map((m) => ({ ...m, steps: [], notes: [], sources: [] })));
        for (const m of figures) expect([m.steps, m.notes, m.sources], `${name} ${date ?? ""} ${m.kind}`).toEqual([[], [], []]);
        compared += full.filter((m) => m.monthly !== undefined).length;
      }
    }
    // Minimums with figures were compared: SMIC, agreement, gratification, indemnity, work-study.
    expect(compared).toBeGreaterThan(50);
  });
});
