// Writes src/generated/types.ts and test/types/typesMatchSchema.ts from the zod schema.
// `--check` exits 1 when the committed files differ from a fresh generation.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildTypeEqualityCheck, buildTypes } from "./buildTypes.js";

const root = join(import.meta.dirname, "..");
const check = process.argv.includes("--check");
let stale = 0;
for (const [path, text] of Object.entries({ "src/generated/types.ts": buildTypes().source, "test/types/typesMatchSchema.ts": buildTypeEqualityCheck() })) {
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
    console.log(`stale: ${path} (run npm run generate:types)`);
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`written: ${path}`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
