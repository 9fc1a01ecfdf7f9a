// Shared by the documentation tests: writes code samples into test/.generated/ (gitignored) as modules
// that import from the package's source, and type-checks them all in one TypeScript program.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";

export const root = join(import.meta.dirname, "..", "..");

/** A sample to write and check: `name` says where it comes from (a file and an export, or a guide). */
export interface Sample {
  name: string;
  /** File name under the generated folder, `.ts`. */
  file: string;
  code: string;
}

/**
 * Rewrites the package's own specifiers ("ess-jobs", "ess-jobs/valibot") to the source, relative to
 * `file`, so that samples written as a user writes them run against this checkout.
 */
export function toSourceImports(code: string, file: string): string {
  const rel = (target: string) => {
    const path = relative(dirname(file), join(root, target)).replace(/\\/g, "/");
    return path.startsWith(".") ? path : "./" + path;
  };
  return code
    .replace(/from "ess-jobs\/valibot"/g, `from "${rel("src/valibot/index.js")}"`)
    .replace(/from "ess-jobs"/g, `from "${rel("src/index.js")}"`);
}

/** Empties and recreates a folder under test/.generated/ and returns its path. */
export function generatedDir(name: string): string {
  const dir = join(root, "test", ".generated", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The project's compiler options (tsconfig.json), without emitting. */
function compilerOptions(): ts.CompilerOptions {
  const configPath = join(root, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root, { noEmit: true }, configPath);
  return parsed.options;
}

/**
 * Type-checks files in one program and returns, for each file with errors, the formatted errors
 * (errors in other files, such as the source the samples import, are not reported here: the
 * project's own type-check covers them).
 */
export function typeCheck(files: string[]): Map<string, string[]> {
  const program = ts.createProgram(files, compilerOptions());
  const wanted = new Set(files.map((f) => ts.sys.resolvePath(f)));
  const errors = new Map<string, string[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    if (!d.file || !wanted.has(ts.sys.resolvePath(d.file.fileName))) continue;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    const text = `${line + 1}:${character + 1} TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    const key = ts.sys.resolvePath(d.file.fileName);
    errors.set(key, [...(errors.get(key) ?? []), text]);
  }
  return errors;
}

/** Writes a sample's code to its file. */
export function writeSample(dir: string, sample: Sample): string {
  const path = join(dir, sample.file);
  writeFileSync(path, sample.code);
  return path;
}
