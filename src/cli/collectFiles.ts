import { readdirSync, statSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { globToRegExp, isGlob } from "./globToRegExp.js";

/** Extensions the CLI reads as postings, and how. */
export const POSTING_EXTENSIONS = [".json", ".ndjson", ".jsonl", ".yaml", ".yml"] as const;

const hasPostingExtension = (name: string) => POSTING_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** A command-line argument, resolved to the files it names, or the reason it names none. */
export type CollectedPath =
  | { arg: string; files: string[]; error?: undefined }
  | { arg: string; files: []; error: "missing" | "unreadable" | "empty-folder" | "no-match" };

/** Lists the posting files below a folder, recursively, skipping dot-folders and `node_modules`, sorted. */
function walk(root: string, cwd: string): string[] | undefined {
  const files: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(resolve(cwd, dir), { withFileTypes: true });
    } catch {
      if (dir === root) return undefined;
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile() && hasPostingExtension(e.name)) files.push(p);
    }
  }
  return files.sort();
}

/**
 * Expands command-line arguments: `-` is standard input, a file stays itself, a folder is walked
 * recursively for `.json`, `.ndjson`, `.jsonl`, `.yaml` and `.yml` files, and a glob pattern
 * (`postings/**\/*.json`) is matched below its fixed prefix. Relative paths are taken from `cwd`
 * and returned as given, for display.
 * @internal
 */
export function collectFiles(args: readonly string[], cwd: string = process.cwd()): CollectedPath[] {
  return args.map((arg): CollectedPath => {
    if (arg === "-") return { arg, files: ["-"] };
    if (isGlob(arg)) {
      const normalised = arg.split(sep).join("/");
      const segments = normalised.split("/");
      const fixed: string[] = [];
      for (const s of segments) {
        if (isGlob(s)) break;
        fixed.push(s);
      }
      const base = fixed.length === 0 ? "." : fixed.join("/") || "/";
      const re = globToRegExp(normalised.replace(/^\.\//, ""));
      const found = (walk(base, cwd) ?? []).filter((f) => re.test(f.split(sep).join("/").replace(/^\.\//, "")));
      return found.length > 0 ? { arg, files: found } : { arg, files: [], error: "no-match" };
    }
    let stat;
    try {
      stat = statSync(resolve(cwd, arg));
    } catch (error) {
      // ENOENT or ENOTDIR: not there; EACCES and the rest: there, but not ours to read.
      const code = (error as NodeJS.ErrnoException).code;
      return { arg, files: [], error: code === "ENOENT" || code === "ENOTDIR" ? "missing" : "unreadable" };
    }
    if (stat.isFile()) return { arg, files: [arg] };
    if (!stat.isDirectory()) return { arg, files: [], error: "unreadable" };
    const files = walk(arg, cwd);
    if (files === undefined) return { arg, files: [], error: "unreadable" };
    return files.length > 0 ? { arg, files } : { arg, files: [], error: "empty-folder" };
  });
}
