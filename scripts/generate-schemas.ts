// Writes schemas/*.json from the zod schema. `--check` exits 1 when the committed files differ.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildJsonSchemas } from "./buildJsonSchemas.js";

const root = join(import.meta.dirname, "..");
const check = process.argv.includes("--check");
let stale = 0;
for (const [path, text] of Object.entries(buildJsonSchemas())) {
  const file = join(root, path);
  let current: string | undefined;
  try {
    current = readFileSync(file, "utf8");
  } catch {
    current = undefined;
  }
  if (current === text) {
    console.log(`up to date: ${path}`);
  } else if (check) {
    stale++;
    console.log(`stale: ${path} (run npm run generate:schemas)`);
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`written: ${path}`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
