import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Extensions the CLI reads as postings. */
export const POSTING_EXTENSIONS = [".json"] as const;

/** A path given on the command line, resolved to the files it holds, or the reason it could not be. */
export type CollectedPath = { arg: string; files: string[]; error?: undefined } | { arg: string; files: []; error: "missing" | "unreadable" | "empty-folder" };

/**
 * Expands command-line paths: a file stays itself, a folder is walked recursively for `.json` files
 * (skipping `node_modules` and dot-folders), sorted for stable output.
 * @internal
 */
export function collectFiles(args: readonly string[]): CollectedPath[] {
  return args.map((arg): CollectedPath => {
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      return { arg, files: [], error: "missing" };
    }
    if (stat.isFile()) return { arg, files: [arg] };
    if (!stat.isDirectory()) return { arg, files: [], error: "unreadable" };
    const files: string[] = [];
    const stack = [arg];
    while (stack.length > 0) {
      const dir = stack.pop()!;
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return { arg, files: [], error: "unreadable" };
      }
      for (const e of entries) {
        if (e.name.startsWith(".") || e.name === "node_modules") continue;
        const p = join(dir, e.name);
        if (e.isDirectory()) stack.push(p);
        else if (e.isFile() && POSTING_EXTENSIONS.some((ext) => e.name.toLowerCase().endsWith(ext))) files.push(p);
      }
    }
    files.sort();
    return files.length > 0 ? { arg, files } : { arg, files: [], error: "empty-folder" };
  });
}
