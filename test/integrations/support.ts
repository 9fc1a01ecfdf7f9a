import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const root = join(import.meta.dirname, "..", "..");

const posting = { title: "Animateur·rice", organisation: { name: "MJC" }, contracts: [{ type: "cdi" }], dates: { posted: "2024-05-02" } };

/**
 * A scratch git project: a valid and an invalid posting (its contract type is unknown) declaring the
 * schema, plus tooling JSON that is not a posting. Returns its folder.
 */
export function scratchProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "ess-jobs-project-"));
  const write = (path: string, value: unknown) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof value === "string" ? value : JSON.stringify(value, null, 2) + "\n");
  };
  write("package.json", { name: "site", version: "1.0.0", private: true });
  write("tsconfig.json", { compilerOptions: { strict: true } });
  write("jobs/good.json", { $schema: "https://cdn.jsdelivr.net/npm/ess-jobs@0/schemas/job-posting.schema.json", ...posting });
  write("jobs/bad.json", { $schema: "https://cdn.jsdelivr.net/npm/ess-jobs@0/schemas/job-posting.schema.json", ...posting, contracts: [{ type: "interim" }] });
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe" });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-qm", "postings");
  return dir;
}

/** Installs this repository in a project as npm would link it: node_modules/ess-jobs and its bin. */
export function linkPackage(project: string): void {
  mkdirSync(join(project, "node_modules", ".bin"), { recursive: true });
  symlinkSync(root, join(project, "node_modules", "ess-jobs"), "dir");
  symlinkSync(join("..", "ess-jobs", "bin", "ess-jobs.mjs"), join(project, "node_modules", ".bin", "ess-jobs"));
}
