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
  return out;
}

/** The two published files, as text, keyed by their path in the repository. */
export function buildJsonSchemas(): Record<string, string> {
  return {
    "schemas/job-posting.schema.json": JSON.stringify(build("draft-2020-12", SCHEMA_ID_2020), null, 2) + "\n",
    "schemas/draft-07/job-posting.schema.json": JSON.stringify(build("draft-07", SCHEMA_ID_07), null, 2) + "\n",
  };
}
