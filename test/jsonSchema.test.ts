import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildJsonSchemas } from "../scripts/buildJsonSchemas.js";
import { PARTIAL_DATE_PATTERN } from "../src/dates/datePatterns.js";
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

  /** What a pattern uses outside the subset every engine reads alike (JavaScript, Python, Go's RE2, Ruby, Perl, PHP's PCRE). */
  function nonPortable(p: string): string[] {
    const found: string[] = [];
    let inClass = false;
    for (let i = 0; i < p.length; i++) {
      const c = p[i]!;
      if (c === "\\") {
        const e = p[++i] ?? "";
        // Shorthand classes are Unicode-aware in Python and Perl; property escapes and back-references are not in RE2.
        if (/[dDwWsSbBpPkZzAG1-9]/.test(e)) found.push(`\\${e}`);
        continue;
      }
      if (inClass) {
        if (c === "]" && p[i - 1] !== "[" && !(p[i - 1] === "^" && p[i - 2] === "[")) inClass = false;
        else if (c === "[" || c === "$" || c === "]") found.push(`bare ${c} inside a class`);
        continue;
      }
      if (c === "[") inClass = true;
      else if (c === "(" && p[i + 1] === "?" && p[i + 2] !== ":") found.push(`(?${p[i + 2]}: look-around or named group`);
    }
    return found;
  }

  it("knows a non-portable pattern when it sees one", () => {
    expect(nonPortable("^https?://[A-Za-z0-9._~:/?#[\\]@!$&'()*+,;=%-]*$")).toEqual(["bare [ inside a class", "bare $ inside a class"]);
    expect(nonPortable("^(?<=a)\\d\\p{L}(?!x)$")).toEqual(["(?<: look-around or named group", "\\d", "\\p", "(?!: look-around or named group"]);
    expect(nonPortable("^[\\[\\]\\$a-z]+(?:-[0-9]{2})?$")).toEqual([]);
  });

  it("uses only regex syntax every engine reads alike, and forbids a line feed beside every pattern", () => {
    for (const [name, text] of Object.entries({ "2020-12": read("schemas/job-posting.schema.json"), "07": read("schemas/draft-07/job-posting.schema.json") })) {
      const nodes: Record<string, unknown>[] = [];
      const walk = (node: unknown, key?: string): void => {
        if (Array.isArray(node)) return node.forEach((n) => walk(n));
        if (typeof node !== "object" || node === null || key === "examples") return;
        const o = node as Record<string, unknown>;
        if (typeof o["pattern"] === "string" && o["type"] === "string") nodes.push(o);
        for (const [k, v] of Object.entries(o)) walk(v, k);
      };
      walk(JSON.parse(text));
      expect(nodes.length, name).toBeGreaterThan(15);
      for (const node of nodes) {
        const p = node["pattern"] as string;
        expect(nonPortable(p), p).toEqual([]);
        expect(p, p).toMatch(/^\^.*\$$/);
        expect(() => new RegExp(p, "u"), p).not.toThrow();
        // `$` matches before a final line feed in Python, Perl and PHP: the sibling `not` closes that gap.
        expect(node["not"], p).toEqual({ pattern: "\\n" });
      }
    }
  });

  it("accepts exactly the existing dates from year 0001 in its ISO and partial date patterns", () => {
    const iso = new RegExp(ISO_DATE_PATTERN);
    const partial = new RegExp(PARTIAL_DATE_PATTERN);
    const exists = (y: number, m: number, d: number) => {
      const date = new Date(Date.UTC(2000, m - 1, d));
      date.setUTCFullYear(y);
      return y >= 1 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    };
    const pad = (n: number, w: number) => String(n).padStart(w, "0");
    for (const y of [0, 1, 4, 100, 400, 1600, 1900, 1999, 2000, 2023, 2024, 2100, 9999]) {
      expect(partial.test(pad(y, 4)), pad(y, 4)).toBe(y >= 1);
      for (let m = 0; m <= 13; m++) {
        expect(partial.test(`${pad(y, 4)}-${pad(m, 2)}`)).toBe(y >= 1 && m >= 1 && m <= 12);
        for (let d = 0; d <= 32; d++) {
          const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(iso.test(s), s).toBe(exists(y, m, d));
          expect(partial.test(s), s).toBe(exists(y, m, d));
        }
      }
    }
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
