import type { InputPath as Path } from "../InputPath.js";
import { type Obj, isObj } from "../isObj.js";
import { typesOf } from "./jsonLdValue.js";

/** Collects the JobPosting nodes of a JSON-LD value: a node, an array, `@graph`, nested once in a page's other nodes. */
export function findPostings(value: unknown, path: Path, out: { node: Obj; path: Path }[], depth: number): void {
  if (depth > 8 || out.length >= 1000) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => findPostings(v, [...path, i], out, depth + 1));
    return;
  }
  if (!isObj(value)) return;
  if (typesOf(value).includes("JobPosting")) {
    out.push({ node: value, path });
    return;
  }
  if ("@graph" in value) findPostings(value["@graph"], [...path, "@graph"], out, depth + 1);
  for (const key of ["mainEntity", "itemListElement", "item"]) if (key in value) findPostings(value[key], [...path, key], out, depth + 1);
}
