import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintJobPosting, postingDate, validateJobPosting, type JobPosting } from "../../src/index.js";

/**
 * The diagnostics each of the six seed examples produces, judged at its own date (today when it has
 * none). docs/rules/README.md justifies each of them.
 */
const dir = join(import.meta.dirname, "..", "..", "examples");
function load(name: string): JobPosting {
  const result = validateJobPosting(JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")), { rules: false });
  expect(result.diagnostics).toEqual([]);
  return result.posting!;
}
/**
 * Judged at the posting's own date (published, else its deadline); the three examples that state no
 * date at all are judged at a pinned date, the day these expectations were recorded, so that the test
 * does not change with the SMIC (the CLI and the library judge them at today's date).
 */
const RECORDED_ON = "2026-11-24";
const lint = (name: string) => {
  const posting = load(name);
  return lintJobPosting(posting, postingDate(posting) ? {} : { date: RECORDED_ON }).map((d) => [d.code, d.severity, d.path]);
};

const EXPECTED: Record<string, [string, string, (string | number)[]][]> = {
  // A service-civique call is not an offer of employment: L5332-1 does not date it.
  "cga-service-civique": [],
  "cga-stage-apprentissage": [["posting/undated", "error", ["dates", "posted"]]],
  "la-tresse-2024": [["freelance/subordination-risk", "warning", ["reporting", "reportsTo"]]],
  "labo-ess-2023": [
    ["posting/undated", "error", ["dates", "posted"]],
    ["agreement/classification-not-found", "warning", ["collectiveAgreement", "classification"]],
  ],
  "metropop-emploi-tremplin": [
    ["posting/undated", "error", ["dates", "posted"]],
    ["title/not-gender-inclusive", "warning", ["title"]],
    ["pay/below-smic", "error", ["pay", "amount", "min"]],
  ],
  "we-co-2015": [
    ["content/not-in-french", "warning", ["title"]],
    ["freelance/subordination-risk", "warning", ["content", "summary"]],
  ],
};

describe("the six seed examples' diagnostics", () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(name, () => {
      expect(lint(name)).toEqual(expected);
    });
  }

  it("WE-CO's freelance mission makes the freelancer a full member of the team", () => {
    const d = lintJobPosting(load("we-co-2015")).find((x) => x.code === "freelance/subordination-risk");
    expect(d?.message).toContain("« membre à part entière de l'équipe »");
  });
});
