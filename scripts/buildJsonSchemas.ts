// Builds the published JSON Schema files from the zod schema (the one source of truth).
// Used by scripts/generate-schemas.ts (writes them) and by the tests (checks the committed files).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { JobPostingSchema } from "../src/jobPosting/JobPostingSchema.js";

/** The schema's identity: the major version is in the path, so a breaking change gets a new `$id`. */
export const SCHEMA_MAJOR = 0;
export const SCHEMA_ID_2020 = `https://cdn.jsdelivr.net/npm/ess-jobs@${SCHEMA_MAJOR}/schemas/job-posting.schema.json`;
export const SCHEMA_ID_07 = `https://cdn.jsdelivr.net/npm/ess-jobs@${SCHEMA_MAJOR}/schemas/draft-07/job-posting.schema.json`;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/** "monthsPerYear" → "Months per year". */
function humanise(key: string): string {
  const words = key.replace(/^\$/, "").replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Gives every property a title (from its key when the zod metadata has none) and sorts nothing: order is the zod order. */
function addTitles(node: Json): void {
  if (Array.isArray(node)) return node.forEach(addTitles);
  if (!isObject(node)) return;
  const props = node["properties"];
  if (isObject(props)) {
    for (const [key, sub] of Object.entries(props)) {
      if (isObject(sub) && sub["title"] === undefined) {
        // Keep `title` next to `description`: rebuild the object with title first.
        const rebuilt: JsonObject = { title: humanise(key) };
        for (const [k, v] of Object.entries(sub)) rebuilt[k] = v;
        props[key] = rebuilt;
      }
    }
  }
  for (const v of Object.values(node)) addTitles(v);
}

/**
 * What every `pattern` is given beside it: no line feed anywhere. The patterns are anchored `^…$`, and
 * `$` matches before a final "\n" in Python, Perl and PHP (and `^`/`$` at every line in Ruby), where
 * JavaScript and Go match only at the ends of the text; no anchor means "end of text" in every engine.
 * None of the patterns admits a line feed between its anchors, so this keeps zod's verdict.
 */
export const NO_LINE_FEED = { pattern: "\\n" } as const;

/** Adds {@link NO_LINE_FEED} as `not` beside every `pattern`, which must be on a string-typed node without a `not`. */
function forbidLineFeeds(node: Json, where = "#"): void {
  if (Array.isArray(node)) return node.forEach((n, i) => forbidLineFeeds(n, `${where}/${i}`));
  if (!isObject(node)) return;
  for (const [k, v] of Object.entries(node)) if (k !== "examples") forbidLineFeeds(v, `${where}/${k}`);
  if (typeof node["pattern"] !== "string") return;
  if (node["type"] !== "string" || node["not"] !== undefined) throw new Error(`${where}: a pattern on a node that is not a plain string (${JSON.stringify(node)})`);
  const rebuilt: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    rebuilt[k] = v;
    if (k === "pattern") rebuilt["not"] = { ...NO_LINE_FEED };
  }
  for (const k of Object.keys(node)) delete node[k];
  Object.assign(node, rebuilt);
}

/**
 * Spells the draft-07 copy in the keywords draft-04 validators also read alike (PHP's
 * justinrainbow/json-schema 5 reads only draft 04): `const: x` becomes `enum: [x]`, and a numeric
 * `exclusiveMinimum: n` (draft 06+) becomes `not: { maximum: n }`. Same verdict under draft-07.
 */
function toDraft04Readable(node: Json, where = "#"): void {
  if (Array.isArray(node)) return node.forEach((n, i) => toDraft04Readable(n, `${where}/${i}`));
  if (!isObject(node)) return;
  for (const [k, v] of Object.entries(node)) if (k !== "examples") toDraft04Readable(v, `${where}/${k}`);
  if ("exclusiveMaximum" in node) throw new Error(`${where}: exclusiveMaximum has no draft-04 spelling here yet`);
  const rebuilt: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "const") rebuilt["enum"] = [v];
    else if (k === "exclusiveMinimum" && typeof v === "number") {
      if (node["not"] !== undefined || node["minimum"] !== undefined) throw new Error(`${where}: exclusiveMinimum beside not or minimum`);
      rebuilt["not"] = { maximum: v };
    } else rebuilt[k] = v;
  }
  for (const k of Object.keys(node)) delete node[k];
  Object.assign(node, rebuilt);
}

/** Reads the shipped examples, without their editor-only `$schema` key, in file-name order. */
export function readExamples(dir = join(import.meta.dirname, "..", "examples")): JsonObject[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const { $schema: _ignored, ...rest } = JSON.parse(readFileSync(join(dir, f), "utf8")) as JsonObject;
      return rest;
    });
}

function build(target: "draft-2020-12" | "draft-07", id: string): JsonObject {
  const generated = z.toJSONSchema(JobPostingSchema, { target, io: "input", unrepresentable: "throw", cycles: "ref", reused: "inline" }) as JsonObject;
  const defsKey = target === "draft-07" ? "definitions" : "$defs";
  const defs = (generated[defsKey] ?? {}) as JsonObject;
  // zod emits a root `$ref` to the posting's own definition: inline it so the root describes the posting.
  const rootRef = generated["$ref"];
  const rootName = typeof rootRef === "string" ? rootRef.split("/").pop()! : undefined;
  const root = rootName ? (defs[rootName] as JsonObject) : generated;
  if (rootName) delete defs[rootName];
  const out: JsonObject = { $schema: generated["$schema"] ?? null, $id: id };
  for (const [k, v] of Object.entries(root)) if (k !== "$schema" && k !== "$ref" && k !== defsKey) out[k] = v;
  out["examples"] = readExamples();
  out[defsKey] = Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b)));
  addTitles(out);
  forbidLineFeeds(out);
  if (target === "draft-07") toDraft04Readable(out);
  return out;
}

/** Every property name of the schema, sorted: what an unknown key is compared with ("did you mean"). */
function propertyNames(schema: Json): string[] {
  const names = new Set<string>();
  const walk = (node: Json | undefined, key?: string): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n));
    if (!isObject(node) || key === "examples") return;
    if (isObject(node["properties"])) for (const k of Object.keys(node["properties"])) if (k !== "$schema") names.add(k);
    for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  walk(schema);
  return [...names].sort();
}

/**
 * The two published files and the list of property names, as text, keyed by their path in the repository.
 * The schemas are indented with tabs: one byte a level instead of two spaces (46 kB less in the package,
 * which issue 18 keeps under 2 MB), displayed as indented as ever by editors and GitHub.
 */
export function buildJsonSchemas(): Record<string, string> {
  const schema2020 = build("draft-2020-12", SCHEMA_ID_2020);
  return {
    "schemas/job-posting.schema.json": JSON.stringify(schema2020, null, "\t") + "\n",
    "schemas/draft-07/job-posting.schema.json": JSON.stringify(build("draft-07", SCHEMA_ID_07), null, "\t") + "\n",
    "src/generated/schemaKeys.ts":
      "// Generated by scripts/generate-schemas.ts from the zod schema: do not edit (npm run generate:schemas).\n\n" +
      "/** Every property name of the posting schema, sorted. @internal */\n" +
      `export const SCHEMA_KEYS: readonly string[] = ${JSON.stringify(propertyNames(schema2020), null, 2)};\n`,
  };
}
