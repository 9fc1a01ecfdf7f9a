import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintJobPosting, RULES, validateJobPosting } from "../../src/index.js";

const dir = join(import.meta.dirname, "..", "..", "docs", "rules");
const pages = readdirSync(dir).filter((f) => f.endsWith(".md") && f !== "README.md");
const readme = readFileSync(join(dir, "README.md"), "utf8");

describe("docs/rules", () => {
  it("has a page for every rule, listed in the README with its default severity", () => {
    for (const rule of RULES) {
      const file = `${rule.code.replace("/", "-")}.md`;
      expect(pages, rule.code).toContain(file);
      expect(readme, rule.code).toContain(`[\`${rule.code}\`](${file}) | \`${rule.defaultSeverity}\``);
    }
  });

  for (const page of pages) {
    const text = readFileSync(join(dir, page), "utf8");
    const code = /^# `([^`]+)`/.exec(text)![1]!;
    const rule = RULES.find((r) => r.code === code);
    it(`${page}: its failing example fails and its passing example passes`, () => {
      const [fail, pass] = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!));
      for (const example of [fail, pass]) expect(validateJobPosting(example, { rules: false }).diagnostics).toEqual([]);
      if (!rule) return; // a rule of the lead's not registered yet
      const codes = (p: unknown) => lintJobPosting(validateJobPosting(p, { rules: false }).posting!).map((d) => d.code);
      expect(codes(fail)).toContain(code);
      expect(codes(pass)).not.toContain(code);
      expect(text).toContain(`**Default severity:** \`${rule.defaultSeverity}\``);
      for (const s of rule.sources) expect(text).toContain(s.label);
    });
  }
});
