import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildJsonSchemas } from "../scripts/buildJsonSchemas.js";
import { z } from "zod";
import { ISO_DATE_PATTERN } from "../src/dates/IsoDateSchema.js";
import { validateJobPosting } from "../src/index.js";
import { compileWithAjv } from "./support/ajv.js";

const root = join(import.meta.dirname, "..");
const read = (p: string) => readFileSync(join(root, p), "utf8");
const schema2020 = JSON.parse(read("schemas/job-posting.schema.json"));
const schema07 = JSON.parse(read("schemas/draft-07/job-posting.schema.json"));

const examples = readdirSync(join(root, "examples")).filter((f) => f.endsWith(".json")).sort().map((f) => ({ name: f, instance: JSON.parse(read(join("examples", f))) }));
const fixtures = readdirSync(join(root, "test/fixtures/invalid"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => {
    const fixture = JSON.parse(read(join("test/fixtures/invalid", f))) as { expect: { code: string }[]; posting: unknown };
    return { name: f, instance: fixture.posting, structural: fixture.expect.every((e) => e.code.startsWith("structure/") || e.code.startsWith("input/")) };
  });

const ajv = (draft: "2020-12" | "07") => compileWithAjv(draft === "07" ? schema07 : schema2020, draft);

describe("generated JSON Schema", () => {
  it("is byte-identical to a fresh generation from the zod schema", () => {
    for (const [path, text] of Object.entries(buildJsonSchemas())) expect(read(path), `${path} is stale: run npm run generate:schemas`).toBe(text);
  });

  it("has a versioned https $id, $defs, and a title and description on every property", () => {
    expect(schema2020.$id).toMatch(/^https:\/\/.+@\d+\/schemas\/job-posting\.schema\.json$/);
    expect(schema2020.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema07.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(Object.keys(schema2020.$defs).length).toBeGreaterThan(40);
    const missing: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}/${i}`));
      if (typeof node !== "object" || node === null) return;
      const o = node as Record<string, unknown>;
      if (o["properties"] && typeof o["properties"] === "object") {
        for (const [k, sub] of Object.entries(o["properties"] as Record<string, Record<string, unknown>>)) {
          const described = typeof sub["description"] === "string" || (typeof sub["$ref"] === "string" && Object.keys(sub).length <= 2);
          if (typeof sub["title"] !== "string" || !described) missing.push(`${where}/properties/${k}`);
        }
      }
      for (const [k, v] of Object.entries(o)) if (k !== "examples") walk(v, `${where}/${k}`);
    };
    walk(schema2020, "#");
    expect(missing).toEqual([]);
  });

  it("uses only regex syntax common to JavaScript, Python and Java", () => {
    const patterns = [...read("schemas/job-posting.schema.json").matchAll(/"pattern": "((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
    expect(patterns.length).toBeGreaterThan(15);
    for (const p of patterns) {
      // No shorthand classes (Unicode-aware in Python), no look-behind, named groups or property escapes.
      expect(p, p).not.toMatch(/\\[dDwWsSpPk]|\(\?<|\(\?P/);
      expect(() => new RegExp(p, "u"), p).not.toThrow();
    }
  });

  it("spells zod's ISO date pattern with ASCII digits", () => {
    const zodPattern = (z.toJSONSchema(z.iso.date()) as { pattern: string }).pattern;
    expect(ISO_DATE_PATTERN).toBe(zodPattern.replaceAll("\\d", "[0-9]"));
  });

  it("has no ±2^53 integer noise", () => {
    expect(read("schemas/job-posting.schema.json")).not.toMatch(/9007199254740991/);
  });

  it("embeds the examples", () => {
    expect(schema2020.examples).toHaveLength(examples.length);
  });

  for (const draft of ["2020-12", "07"] as const) {
    it(`ajv (strict, formats, draft ${draft}) accepts every example and rejects every structural invalid fixture`, () => {
      const validate = ajv(draft);
      for (const e of examples) expect(validate(e.instance), `${e.name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      for (const f of fixtures.filter((x) => x.structural)) expect(validate(f.instance), f.name).toBe(false);
    });
  }

  it("Python's jsonschema (draft 2020-12 and draft-07, formats on) gives zod's verdict on examples and structural fixtures", () => {
    const cases = [...examples.map((e) => ({ ...e, structural: true })), ...fixtures.filter((f) => f.structural)];
    const out = execFileSync("python3", [join(root, "scripts/check_json_schema.py")], { input: JSON.stringify(cases.map((c) => c.instance)), encoding: "utf8" });
    const verdicts = JSON.parse(out) as [boolean, boolean][];
    cases.forEach((c, i) => {
      const zod = validateJobPosting(c.instance, { rules: false }).valid;
      expect(verdicts[i], c.name).toEqual([zod, zod]);
    });
  });

  it("scripts/check_json_schema.py also runs standalone: examples valid, structural fixtures invalid, rule fixtures valid, exit 0", () => {
    const r = spawnSync("python3", [join(root, "scripts/check_json_schema.py")], { cwd: root, input: "", encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    const structural = fixtures.filter((f) => f.structural).length;
    const total = examples.length + fixtures.length;
    expect(lines.at(-1)).toBe(
      `${total} of ${total} verdicts as expected: ${examples.length} examples valid, ${structural} structural fixtures invalid, ${fixtures.length - structural} rule fixtures valid for JSON Schema; 0 differ.`,
    );
    expect(lines.slice(0, -1)).toHaveLength(total);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^ok {3}(examples|test\/fixtures\/invalid)\/[^:]+\.json: (in)?valid \(2020-12\), (in)?valid \(draft-07\); expected (in)?valid \((example|structural fixture|rule fixture)\)$/);
    expect(lines).toContain("ok   test/fixtures/invalid/36-siren-checksum.json: valid (2020-12), valid (draft-07); expected valid (rule fixture)");
    expect(lines).toContain("ok   test/fixtures/invalid/01-missing-title.json: invalid (2020-12), invalid (draft-07); expected invalid (structural fixture)");
    const help = spawnSync("python3", [join(root, "scripts/check_json_schema.py"), "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: check_json_schema\.py \[-h\] \[--stdin\]/);
  });
});
