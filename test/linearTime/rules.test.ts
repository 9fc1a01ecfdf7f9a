// Linear time of the rules on hostile text (issue 17, finding 3): each rule's trigger words repeated
// to 10 KB, 100 KB and 1 MB in the texts the rule reads; the time of each size may grow at most by
// LINEAR_GROWTH_LIMIT over the previous one (×10 the size; a quadratic pass shows ×100). Ratios, not times.
import { describe, expect, it } from "vitest";
import { lintJobPosting, LINT_TEXT_MAX, validateJobPosting } from "../../src/index.js";
import { validateJobPosting as validateWithValibot } from "../../src/valibot/index.js";
import { lintRules } from "../../src/validate/lintRules.js";
import { describeTimeGrowth, LINEAR_GROWTH_LIMIT, measureTimeGrowth } from "../support/timeGrowth.js";
import { ATTACKS, rawAttack, repeatTo, validAttack } from "./adversarial.js";

const ROUNDS = { rounds: 3 };

/**
 * Asserts linear growth of `run` over inputs of 10 KB, 100 KB and 1 MB. On a machine shared with other
 * work a GC pause or a JIT tier-up can triple one small measure; a growth above the limit is measured
 * up to twice more before failing (a quadratic pass fails every time: ×100 per step).
 */
function expectLinear<T>(makeInput: (size: number) => T, run: (input: T) => unknown) {
  const linear = (g: ReturnType<typeof measureTimeGrowth>) => g.ratios.every((r) => r <= LINEAR_GROWTH_LIMIT);
  let growth = measureTimeGrowth(makeInput, run, ROUNDS);
  for (let retry = 0; retry < 2 && !linear(growth); retry++) growth = measureTimeGrowth(makeInput, run, ROUNDS);
  for (const ratio of growth.ratios) expect(ratio, describeTimeGrowth(growth)).toBeLessThanOrEqual(LINEAR_GROWTH_LIMIT);
}

describe("the rules take time linear in the posting's text", { timeout: 180_000 }, () => {
  it("the adversarial postings pass the schema (so the rules run on them) at every size", () => {
    for (const attack of ATTACKS) {
      for (const size of [10_000, 100_000, 1_000_000]) {
        const result = validateJobPosting(validAttack(attack, size), { rules: false });
        expect(result.valid, `${attack.name}, ${size}`).toBe(true);
      }
    }
  });

  for (const attack of ATTACKS) {
    describe(attack.name, () => {
      it("validateJobPosting (zod), rules on", () => {
        expectLinear((n) => validAttack(attack, n), (p) => validateJobPosting(p));
      });
      it("validateJobPosting (valibot), rules on", () => {
        expectLinear((n) => validAttack(attack, n), (p) => validateWithValibot(p));
      });
      it("lintJobPosting on an unvalidated posting with a title, pay text and profile of that size each", () => {
        expectLinear((n) => rawAttack(attack, n), (p) => lintJobPosting(p));
      });
      it("each rule, on a pay text and a profile of that size (no cap: the patterns themselves are linear)", () => {
        // The title at the lint cap: titles are read up to 300 characters after the schema, LINT_TEXT_MAX without it.
        expectLinear((n) => rawAttack(attack, n, LINT_TEXT_MAX), (p) => lintRules(p, { locale: "fr" }));
      });
    });
  }
});

describe("lintJobPosting caps the texts of a posting the schema has not checked", () => {
  it("reads each string up to LINT_TEXT_MAX characters: a sign past it is not seen", () => {
    const posting = rawAttack({ name: "", unit: "x ", contracts: [{ type: "freelance" }] }, LINT_TEXT_MAX + 100);
    posting.content = { profile: `${repeatTo("x ", LINT_TEXT_MAX)} horaires fixes` };
    expect(lintJobPosting(posting).map((d) => d.code)).not.toContain("freelance/subordination-risk");
    posting.content = { profile: `${repeatTo("x ", LINT_TEXT_MAX - 100)} horaires fixes` };
    expect(lintJobPosting(posting).map((d) => d.code)).toContain("freelance/subordination-risk");
  });

  it("leaves the caller's posting untouched", () => {
    const posting = rawAttack({ name: "", unit: "salarié ", contracts: [{ type: "service-civique" }] }, LINT_TEXT_MAX * 2);
    lintJobPosting(posting);
    expect(posting.title.length).toBe(LINT_TEXT_MAX * 2);
  });
});
