import { readdirSync, statSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { globMatcher, isGlob } from "./globToRegExp.js";

/** Extensions the CLI reads as postings, and how. */
export const POSTING_EXTENSIONS = [".json", ".ndjson", ".jsonl", ".yaml", ".yml"] as const;

const hasPostingExtension = (name: string) => POSTING_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/**
 * A command-line argument, resolved to the files it names, or the reason it names none; `brokenLinks`:
 * the symbolic links found in its folders that lead nowhere (reported, never skipped silently).
 */
export type CollectedPath =
  | { arg: string; files: string[]; error?: undefined; brokenLinks?: string[] }
  | { arg: string; files: []; error: "missing" | "unreadable" | "empty-folder" | "no-match"; brokenLinks?: string[] };

/** A folder's identity, whatever the path (or link) it is reached by. */
const folderId = (path: string) => {
  const s = statSync(path);
  return `${s.dev}:${s.ino}`;
};

/**
 * Lists the posting files below a folder, recursively, skipping dot-folders and `node_modules`, sorted.
 * Symbolic links are followed, to files and to folders; a folder already walked (a link back up the
 * tree, or two links to one folder) is not walked again; a link that leads nowhere, named like a
 * posting file or a folder (no extension), goes to `broken`.
 */
function walk(root: string, cwd: string, broken: string[]): string[] | undefined {
  const files: string[] = [];
  const stack = [root];
  const walked = new Set<string>();
  try {
    walked.add(folderId(resolve(cwd, root)));
  } catch {
    return undefined;
  }
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
      let [isDirectory, isFile] = [e.isDirectory(), e.isFile()];
      if (e.isSymbolicLink()) {
        try {
          const target = statSync(resolve(cwd, p));
          [isDirectory, isFile] = [target.isDirectory(), target.isFile()];
        } catch {
          // A link to a posting file, or perhaps to a folder (no extension): something is missing.
          if (hasPostingExtension(e.name) || !e.name.includes(".")) broken.push(p);
          continue;
        }
      }
      if (isDirectory) {
        let id;
        try {
          id = folderId(resolve(cwd, p));
        } catch {
          continue; // gone since it was listed
        }
        if (walked.has(id)) continue;
        walked.add(id);
        stack.push(p);
      } else if (isFile && hasPostingExtension(e.name)) files.push(p);
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
      const re = globMatcher(normalised.replace(/^\.\//, ""));
      const broken: string[] = [];
      const found = (walk(base, cwd, broken) ?? []).filter((f) => re.test(f.split(sep).join("/").replace(/^\.\//, "")));
      const brokenLinks = broken.filter((f) => re.test(f.split(sep).join("/").replace(/^\.\//, "")));
      const links = brokenLinks.length > 0 ? { brokenLinks } : {};
      return found.length > 0 ? { arg, files: found, ...links } : { arg, files: [], error: "no-match", ...links };
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
    const broken: string[] = [];
    const files = walk(arg, cwd, broken);
    if (files === undefined) return { arg, files: [], error: "unreadable" };
    const links = broken.length > 0 ? { brokenLinks: broken.sort() } : {};
    return files.length > 0 ? { arg, files, ...links } : { arg, files: [], error: "empty-folder", ...links };
  });
}
