// Writes the generated documentation pages. `--check` exits 1 when the committed files differ.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildReferenceDocs } from "./buildReferenceDocs.js";

const root = join(import.meta.dirname, "..");
const check = process.argv.includes("--check");
let stale = 0;
for (const [path, text] of Object.entries(buildReferenceDocs())) {
  const file = join(root, path);
  let current: string | undefined;
  try {
    current = readFileSync(file, "utf8");
  } catch {
    current = undefined;
  }
  if (current === text) console.log(`up to date: ${path}`);
  else if (check) {
    stale++;
    console.log(`stale: ${path} (run npm run generate:docs)`);
  } else {
    writeFileSync(file, text);
    console.log(`written: ${path}`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
