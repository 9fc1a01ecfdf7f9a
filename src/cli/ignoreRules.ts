import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { globMatcher } from "./globToRegExp.js";

/** One line of a `.gitignore` (or an `--ignore` pattern), compiled. */
interface IgnoreRule {
  re: { test(path: string): boolean };
  negated: boolean;
  directoryOnly: boolean;
}

/**
 * Compiles gitignore lines relative to their folder (`base`, `/`-separated, `""` for the walk's root):
 * comments and blank lines skipped, `!` negates, a trailing `/` matches folders only, a pattern with
 * a `/` before its end is anchored to `base`, one without matches at any depth below it.
 */
export function compileIgnore(lines: readonly string[], base: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of lines) {
    let line = raw.replace(/\r$/, "");
    if (line.trim() === "" || line.startsWith("#")) continue;
    line = line.replace(/(?<!\\) +$/, "").slice(0, 1000);
    const negated = line.startsWith("!");
    if (negated) line = line.slice(1);
    const directoryOnly = line.endsWith("/");
    if (directoryOnly) line = line.slice(0, -1);
    const anchored = line.includes("/");
    line = line.replace(/^\//, "");
    const prefix = base === "" ? "" : `${base}/`;
    const glob = anchored ? `${prefix}${line}` : `${prefix}**/${line}`;
    rules.push({ re: globMatcher(glob), negated, directoryOnly });
  }
  return rules;
}

/** Whether a path (`/`-separated, from the walk's root) is ignored: the last matching rule decides. */
export function isIgnored(rules: readonly IgnoreRule[], path: string, isDirectory: boolean): boolean {
  let ignored = false;
  for (const r of rules) if ((!r.directoryOnly || isDirectory) && r.re.test(path)) ignored = !r.negated;
  return ignored;
}

/** The rules of the `.gitignore` of a folder (none when there is none), relative to the walk's root. */
export function readGitignore(folder: string, cwd: string, base: string): IgnoreRule[] {
  try {
    return compileIgnore(readFileSync(resolve(cwd, join(folder, ".gitignore")), "utf8").split("\n"), base);
  } catch {
    return [];
  }
}
