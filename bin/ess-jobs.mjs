#!/usr/bin/env node
// The `ess-jobs` command. The published package runs its build, dist/esm/cli/main.js. A clone of the repository
// has no build until `npm run build` (no install script builds it: the published manifest has none), so
// there the command runs the TypeScript sources through tsx, a devDependency.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const built = new URL("../dist/esm/cli/main.js", import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const source = fileURLToPath(new URL("../src/cli/main.ts", import.meta.url));
  let tsx;
  try {
    tsx = import.meta.resolve("tsx");
  } catch {
    process.stderr.write("ess-jobs: dist/esm/cli/main.js is missing: run `npm run build` (or `npm install` for tsx).\n");
    process.exit(2);
  }
  const r = spawnSync(process.execPath, ["--import", tsx, source, ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(r.status ?? 2);
}
