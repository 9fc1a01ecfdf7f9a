import { statSync } from "node:fs";
import { resolve } from "node:path";
import type { CollectedPath } from "./collectFiles.js";
import { isGlob } from "./globToRegExp.js";

/**
 * Keeps the report file out of the inputs. The report is opened (emptied) before the inputs are
 * read, so an input that is the report would be lost, and a report left by the last run in a folder
 * that is validated would be read as postings. The same file is recognised through any path, link or
 * hard link (same device and inode).
 *
 * @param output - The `--output` path.
 * @param collected - The inputs, as {@link collectFiles} expanded them.
 * @param cwd - The folder relative paths start from.
 * @returns `named`: the argument that names the report itself (the run must stop: exit 2); else the
 *   inputs without the report where a folder or a pattern found it.
 * @internal
 */
export function excludeOutput(output: string, collected: CollectedPath[], cwd: string): { named: string } | { named?: undefined; collected: CollectedPath[] } {
  let target;
  try {
    target = statSync(resolve(cwd, output));
  } catch {
    return { collected }; // not there yet: it cannot be an input
  }
  const isTarget = (file: string) => {
    if (file === "-") return false;
    try {
      const s = statSync(resolve(cwd, file));
      return s.ino === target.ino && s.dev === target.dev;
    } catch {
      return false;
    }
  };
  const kept: CollectedPath[] = [];
  for (const c of collected) {
    if (c.error) {
      kept.push(c);
      continue;
    }
    const files = c.files.filter((f) => !isTarget(f));
    if (files.length === c.files.length) kept.push(c);
    else if (files.length === 0 && c.files.length === 1 && c.files[0] === c.arg) return { named: c.arg };
    else kept.push(files.length > 0 ? { ...c, files } : { ...c, files: [], error: isGlob(c.arg) ? "no-match" : "empty-folder" });
  }
  return { collected: kept };
}
