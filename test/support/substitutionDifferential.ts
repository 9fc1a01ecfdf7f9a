// The four-validator differential of issue 17: single-field substitutions of the shipped examples, each
// value aimed at a place where validators tend to part (line feeds around anchored patterns, year 0000,
// impossible days, non-ASCII digits, brackets in URLs, wrong types, numeric edges), judged by zod,
// valibot, ajv and Python's jsonschema. Used by test/substitutionDifferential.test.ts (a bounded count)
// and bench/differential.ts (the full 20 000).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateJobPosting } from "../../src/index.js";
import { validateJobPosting as validateWithValibot } from "../../src/valibot/index.js";
import { compileWithAjv } from "./ajv.js";
import { pathsOf } from "./arbitraryFromJsonSchema.js";
import { examples, substitute } from "./jsonSchemaCases.js";

const root = join(import.meta.dirname, "..", "..");

const STRING_EDGES = ["", " ", "0000", "0000-07", "0000-01-01", "0001-01-01", "2023-02-30", "2023-02-29", "2024-02-29", "1900-02-29", "2000-02-29", "2023-13", "2023-04-31", "https://example.org/a$b", "https://example.org/?a[]=1", "http://ex ample.org", "https://exemple.fr/é", "a@b", "a@b.fr", "2A004", "97105", "٣٤٥٦٧", "１２３４５", "fr", "FR", "fr-FR", "W751234567", "+33 1 23 45 67 89", "cdi", "service-civique"];
const NUMBER_EDGES = [0, -0, -1, 0.5, 1, 1.0000001, 35, 151.67, 1e21, 2 ** 53, -1e-9];
const ANY_EDGES: unknown[] = [null, true, false, [], {}, "1", 1];

/** The targeted values for a leaf: its own value disturbed, then the edges of its type, then any type. */
function valuesFor(value: unknown): unknown[] {
  if (typeof value === "string") {
    const disturbed = [`${value}\n`, `\n${value}`, `x\n${value}`, `${value}\r`, ` ${value}`, `${value} `, value.toUpperCase(), `${value}\u0000`];
    return [...disturbed, ...STRING_EDGES, ...ANY_EDGES];
  }
  if (typeof value === "number") return [...NUMBER_EDGES, value + 0.5, -value, `${value}`, ...ANY_EDGES];
  return ANY_EDGES;
}

export interface Substitution {
  name: string;
  instance: unknown;
}

type Planned = { example: number; path: (string | number)[]; value: unknown };

/** Every (example, leaf, value) substitution, in file and path order. */
function plan(bases = examples()): Planned[] {
  const all: Planned[] = [];
  bases.forEach((b, example) => {
    for (const path of pathsOf(b.instance)) {
      if (path[0] === "$schema") continue;
      const current = path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], b.instance);
      for (const value of valuesFor(current)) all.push({ example, path, value });
    }
  });
  return all;
}

/** The number of distinct substitutions {@link targetedSubstitutions} gives before it cycles. */
export const distinctSubstitutions = (): number => plan().length;

/** `count` substitutions, all distinct while {@link distinctSubstitutions} lasts, in a seeded order. */
export function targetedSubstitutions(count: number, seed = 2026): Substitution[] {
  const bases = examples();
  const all = plan(bases);
  // A seeded Fisher–Yates shuffle (linear congruential generator), then cycle if more are asked for.
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31);
  for (let i = all.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return Array.from({ length: count }, (_, i) => {
    const { example, path, value } = all[i % all.length]!;
    return { name: `${bases[example]!.name} /${path.join("/")} = ${JSON.stringify(value)}`, instance: substitute(bases[example]!.instance, path, value) };
  });
}

export interface DifferentialResult {
  cases: number;
  /** Cases zod refuses only for a checksum JSON Schema cannot state (SIREN, SIRET): not compared. */
  inexpressible: number;
  valid: number;
  invalid: number;
  disagreements: string[];
}

/** zod's verdict on what JSON Schema can express; `undefined` when only checksum refinements failed. */
function zodVerdict(input: unknown): boolean | undefined {
  const { valid, diagnostics } = validateJobPosting(input, { rules: false });
  if (valid) return true;
  return diagnostics.some((d) => d.code.startsWith("structure/") || d.code.startsWith("input/")) ? false : undefined;
}

/** Runs zod, valibot, ajv (draft 2020-12) and Python's jsonschema (draft 2020-12 and draft-07) on every case. */
export function runDifferential(cases: Substitution[], batch = 1000): DifferentialResult {
  const ajv = compileWithAjv(JSON.parse(readFileSync(join(root, "schemas/job-posting.schema.json"), "utf8")), "2020-12", false);
  const result: DifferentialResult = { cases: cases.length, inexpressible: 0, valid: 0, invalid: 0, disagreements: [] };
  for (let start = 0; start < cases.length; start += batch) {
    const chunk = cases.slice(start, start + batch);
    const python = JSON.parse(execFileSync("python3", [join(root, "scripts/check_json_schema.py"), "--stdin"], { input: JSON.stringify(chunk.map((c) => c.instance)), encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })) as [boolean, boolean][];
    chunk.forEach((c, i) => {
      const zod = zodVerdict(c.instance);
      const valibot = validateWithValibot(c.instance, { rules: false }).valid;
      if (zod === undefined) {
        result.inexpressible++;
        if (valibot) result.disagreements.push(`${c.name}: zod refuses a checksum, valibot accepts`);
        return;
      }
      const verdicts = { zod, valibot, ajv: ajv(c.instance), "python 2020-12": python[i]![0], "python draft-07": python[i]![1] };
      if (Object.values(verdicts).some((v) => v !== zod)) result.disagreements.push(`${c.name}: ${JSON.stringify(verdicts)}`);
      else result[zod ? "valid" : "invalid"]++;
    });
  }
  return result;
}
