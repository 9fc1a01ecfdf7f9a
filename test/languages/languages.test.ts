import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateJobPosting } from "../../src/index.js";
import { compileWithAjv } from "../support/ajv.js";
import { examples, fixtures, parityCases, type SchemaCase } from "../support/jsonSchemaCases.js";
import { DRAFT_07, root, RUNNERS, runValidator } from "./runners.js";

const cases: SchemaCase[] = [...examples(), ...fixtures(), ...parityCases()];
const ajv07 = compileWithAjv(JSON.parse(execFileSync("cat", [DRAFT_07], { encoding: "utf8" })), "07");

describe("the expected verdicts", () => {
  it("are zod's (structure only) and ajv's on every example, fixture and parity case", () => {
    for (const c of cases) {
      const zod = validateJobPosting(c.instance, { rules: false });
      const structural = zod.diagnostics.some((d) => d.code.startsWith("structure/") || d.code.startsWith("input/"));
      expect(!structural, `${c.name}: ${JSON.stringify(zod.diagnostics)}`).toBe(c.valid);
      expect(ajv07(c.instance), `${c.name}: ${JSON.stringify(ajv07.errors)}`).toBe(c.valid);
    }
  });

  it("are Python jsonschema's (draft 2020-12 and draft-07) on the parity cases", () => {
    const parity = parityCases();
    const out = execFileSync("python3", [join(root, "scripts/check_json_schema.py")], { input: JSON.stringify(parity.map((c) => c.instance)), encoding: "utf8" });
    const verdicts = JSON.parse(out) as [boolean, boolean][];
    parity.forEach((c, i) => expect(verdicts[i], c.name).toEqual([c.valid, c.valid]));
  });
});

describe.each(RUNNERS)("$name on the draft-07 schema", (runner) => {
  it(`gives ajv's verdict on ${cases.length} examples, fixtures and parity cases`, (ctx) => {
    const result = runValidator(runner, cases.map((c) => c.instance));
    if ("missing" in result) {
      // Printed, so that a local run says what it did not check; CI installs every toolchain (.ci/run).
      console.warn(`skipped ${runner.name}: ${result.missing}`);
      if (process.env["CI"]) throw new Error(`${runner.name} is missing on CI: ${result.missing}`);
      return ctx.skip();
    }
    const differ = cases.filter((c, i) => result.verdicts[i] !== c.valid).map((c) => `${c.name}: expected ${c.valid ? "valid" : "invalid"}`);
    expect(result.verdicts).toHaveLength(cases.length);
    expect(differ).toEqual([]);
  }, 120_000);
});
