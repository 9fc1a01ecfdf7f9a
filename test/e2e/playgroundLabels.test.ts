// The playground's French form is drawn from the schema: every field, enum value and contract (or other)
// variant of JobPostingSchema needs its French wording in docs/playground/labels-fr.json, else the
// French page would show a bare JSON key. This test lists what a schema change left without a label,
// and the labels no field uses any more.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { JobPostingSchema } from "../../src/index.js";

type Node = { [key: string]: unknown };
const LABELS = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "docs", "playground", "labels-fr.json"), "utf8")) as {
  fields: Record<string, string>;
  types: Record<string, string>;
  values: Record<string, Record<string, string>>;
};
// As the page makes it (docs/playground/playground.ts).
const schema = z.toJSONSchema(JobPostingSchema, { io: "input", cycles: "ref", reused: "inline", unrepresentable: "any" }) as Node;
const defs = schema["$defs"] as Record<string, Node>;
const deref = (n: Node): Node => (typeof n["$ref"] === "string" ? deref(defs[(n["$ref"] as string).split("/").pop()!]!) : n);

describe("French labels of the playground's form", () => {
  it("name every field of every definition of the schema", () => {
    const missing: string[] = [];
    for (const [def, node] of Object.entries(defs)) {
      for (const [key, sub] of Object.entries((node["properties"] ?? {}) as Record<string, Node>)) {
        if (key === "$schema" || deref(sub)["const"] !== undefined) continue;
        if (!LABELS.fields[`${def}.${key}`] && !LABELS.fields[`*.${key}`]) missing.push(`${def}.${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("name every value of every enum, and every variant of every union", () => {
    const missing: string[] = [];
    const checkEnum = (key: string, values: unknown) => {
      if (!Array.isArray(values)) return;
      for (const v of values) if (typeof v === "string" && !LABELS.values[key]?.[v]) missing.push(`${key}: ${v}`);
    };
    for (const [def, node] of Object.entries(defs)) {
      checkEnum(def, node["enum"]);
      for (const option of (node["oneOf"] ?? []) as Node[]) {
        const branch = (option["$ref"] as string | undefined)?.split("/").pop();
        if (branch && !LABELS.types[branch]) missing.push(`variant ${branch}`);
      }
      for (const [key, sub] of Object.entries((node["properties"] ?? {}) as Record<string, Node>)) {
        checkEnum(`${def}.${key}`, sub["enum"]);
        if (sub["type"] === "array") checkEnum(`${def}.${key}`, (sub["items"] as Node | undefined)?.["enum"]);
      }
    }
    expect(missing).toEqual([]);
  });

  it("have no entry for a field, value or variant the schema no longer has", () => {
    const stale = [
      ...Object.keys(LABELS.fields).filter((k) => {
        const [def, key] = k.split(".") as [string, string];
        return def !== "*" && !(key in ((defs[def]?.["properties"] ?? {}) as object));
      }),
      ...Object.keys(LABELS.types).filter((k) => !defs[k]),
      ...Object.keys(LABELS.values).filter((k) => {
        const [def, key] = k.split(".") as [string, string | undefined];
        return !defs[def] || (key !== undefined && !(key in ((defs[def]["properties"] ?? {}) as object)));
      }),
    ];
    expect(stale).toEqual([]);
  });
});
