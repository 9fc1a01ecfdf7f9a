import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { declaresSchema } from "./declaresSchema.js";
import { globMatcher, isGlob } from "./globToRegExp.js";
import { compileIgnore, isIgnored, readGitignore } from "./ignoreRules.js";

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

/** Which files of a folder count as postings, and which paths are left out. */
export interface Discovery {
  /** `--ignore` patterns and the config's `ignore`, relative to `cwd` (gitignore syntax). */
  ignore?: readonly string[];
  /** The config's `files`: globs, relative to `cwd`, of files that are postings without declaring it. */
  files?: readonly string[];
  /**
   * Named files are judged as a folder's are (`--only-postings`, for hooks that pass every changed
   * file): one that is not a posting is left out without a word.
   */
  onlyPostings?: boolean;
}

/** `name.posting.json`, `.yaml`, `.yml`: a posting by its name. */
const POSTING_NAME = /\.posting\.(json|ya?ml)$/i;

const slash = (p: string) => p.split(sep).join("/");

/**
 * Lists the files below a folder, recursively, sorted: dot-folders, `node_modules`, what a `.gitignore`
 * met on the way or an ignore pattern excludes are skipped; `keep` decides on the rest. Symbolic links
 * are followed, to files and to folders; a folder already walked (a link back up the tree, or two links
 * to one folder) is not walked again; a link that leads nowhere, named like a posting file or a folder
 * (no extension), goes to `broken`.
 */
function walk(root: string, cwd: string, ignore: ReturnType<typeof compileIgnore>, keep: (path: string, rel: string) => boolean, broken: string[]): string[] | undefined {
  const files: string[] = [];
  const stack: [string, ReturnType<typeof compileIgnore>][] = [[root, ignore]];
  const walked = new Set<string>();
  try {
    walked.add(folderId(resolve(cwd, root)));
  } catch {
    return undefined;
  }
  while (stack.length > 0) {
    const [dir, inherited] = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(resolve(cwd, dir), { withFileTypes: true });
    } catch {
      if (dir === root) return undefined;
      continue;
    }
    const rules = [...inherited, ...readGitignore(dir, cwd, slash(relative(cwd, resolve(cwd, dir))))];
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
      const rel = slash(relative(cwd, resolve(cwd, p)));
      if (isIgnored(rules, rel, isDirectory)) continue;
      if (isDirectory) {
        let id;
        try {
          id = folderId(resolve(cwd, p));
        } catch {
          continue; // gone since it was listed
        }
        if (walked.has(id)) continue;
        walked.add(id);
        stack.push([p, rules]);
      } else if (isFile && hasPostingExtension(e.name) && keep(p, rel)) files.push(p);
    }
  }
  return files.sort();
}

/**
 * Expands command-line arguments: `-` is standard input, a file stays itself (always validated), a
 * folder is walked recursively for postings — `.json`, `.ndjson`, `.jsonl`, `.yaml` and `.yml` files
 * whose `$schema` names `job-posting.schema.json`, files named `*.posting.json|yaml|yml`, and files
 * matching the configured `files` globs — and a glob pattern (`postings/**\/*.json`) is matched below
 * its fixed prefix (every file it matches). Folders and globs respect `.gitignore` files and the
 * ignore patterns. Relative paths are taken from `cwd` and returned as given, for display.
 * @internal
 */
export function collectFiles(args: readonly string[], cwd: string = process.cwd(), discovery: Discovery = {}): CollectedPath[] {
  const ignore = compileIgnore(discovery.ignore ?? [], "");
  const configured = (discovery.files ?? []).map((g) => globMatcher(slash(g).replace(/^\.\//, "")));
  const isPosting = (path: string, rel: string) => POSTING_NAME.test(path) || configured.some((re) => re.test(rel)) || declaresSchema(resolve(cwd, path));
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
      const found = (walk(base, cwd, ignore, () => true, broken) ?? []).filter((f) => re.test(slash(f).replace(/^\.\//, "")));
      const brokenLinks = broken.filter((f) => re.test(slash(f).replace(/^\.\//, "")));
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
    if (stat.isFile()) return !discovery.onlyPostings || isPosting(arg, slash(relative(cwd, resolve(cwd, arg)))) ? { arg, files: [arg] } : { arg, files: [] };
    if (!stat.isDirectory()) return { arg, files: [], error: "unreadable" };
    const broken: string[] = [];
    const files = walk(arg, cwd, ignore, isPosting, broken);
    if (files === undefined) return { arg, files: [], error: "unreadable" };
    const links = broken.length > 0 ? { brokenLinks: broken.sort() } : {};
    return files.length > 0 ? { arg, files, ...links } : { arg, files: [], error: "empty-folder", ...links };
  });
}
