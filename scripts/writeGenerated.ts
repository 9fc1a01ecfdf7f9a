// Writes generated files, or with `--check` reports the stale ones and sets exit code 1. Shared by the
// generate-* scripts.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * @param files - Generated text by path from the repository's root.
 * @param command - The npm command that regenerates them, for the message.
 */
export function writeGenerated(files: Record<string, string>, command: string): void {
  const root = join(import.meta.dirname, "..");
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [path, text] of Object.entries(files)) {
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
      console.log(`stale: ${path} (run ${command})`);
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      console.log(`written: ${path}`);
    }
  }
  if (stale > 0) process.exitCode = 1;
}
