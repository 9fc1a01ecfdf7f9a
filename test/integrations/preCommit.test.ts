import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { root, scratchProject } from "./support.js";

/**
 * A git repository holding this working tree as pre-commit would clone it from a release tag: the
 * tracked and new files, plus the build (`dist/`, committed here so that `npm pack` needs no build),
 * and a manifest without devDependencies or scripts whose runtime dependencies (yaml, and the peer
 * zod) are bundled: pre-commit's `npm install` finds them in npm's cache and its `npm install -g` of
 * the packed tarball in the tarball itself, so that the run needs no network.
 */
function hookRepository(): string {
  const repo = mkdtempSync(join(tmpdir(), "ess-jobs-hook-repo-"));
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "-z"], { cwd: root, encoding: "utf8" }).split("\0").filter((f) => f && existsSync(join(root, f)));
  for (const f of files) {
    mkdirSync(dirname(join(repo, f)), { recursive: true });
    cpSync(join(root, f), join(repo, f));
  }
  cpSync(join(root, "dist"), join(repo, "dist"), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, unknown>;
  const installed = (name: string) => (JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  delete manifest["devDependencies"];
  delete manifest["scripts"];
  delete manifest["peerDependencies"];
  delete manifest["peerDependenciesMeta"];
  manifest["dependencies"] = { yaml: installed("yaml"), zod: installed("zod") };
  manifest["bundleDependencies"] = ["yaml", "zod"];
  writeFileSync(join(repo, "package.json"), JSON.stringify(manifest, null, 2));
  writeFileSync(join(repo, ".gitignore"), "node_modules/\n");
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "pipe" });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-qm", "hook");
  return repo;
}

describe("the pre-commit hook (.pre-commit-hooks.yaml)", () => {
  it("declares one node hook that validates the changed postings only", () => {
    const hooks = parse(readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8")) as { id: string; entry: string; language: string; files: string }[];
    expect(hooks.map((h) => [h.id, h.entry, h.language])).toEqual([["ess-jobs-validate", "ess-jobs validate --only-postings", "node"]]);
    expect(new RegExp(hooks[0]!.files).test("jobs/a.posting.yaml")).toBe(true);
  });

  it("run by pre-commit try-repo on a project with a valid and an invalid posting: fails on the invalid one only", (ctx) => {
    const version = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
    const why = version.error ? "pre-commit not found (apt-get install pre-commit)" : !existsSync(join(root, "dist", "esm", "cli", "main.js")) ? "dist/ not built (npm run build)" : undefined;
    if (why) {
      console.warn(`skipped the pre-commit run: ${why}`);
      if (process.env["CI"]) throw new Error(`pre-commit hook test cannot run on CI: ${why}`);
      return ctx.skip();
    }
    const project = scratchProject();
    const env = {
      ...process.env,
      PRE_COMMIT_HOME: mkdtempSync(join(tmpdir(), "ess-jobs-pre-commit-home-")),
      // npm from its cache only (the runtime dependencies were installed with the repository), and no
      // lifecycle script (the build is in the copy).
      npm_config_offline: "true",
      npm_config_ignore_scripts: "true",
      npm_config_audit: "false",
      npm_config_fund: "false",
    };
    const r = spawnSync("pre-commit", ["try-repo", hookRepository(), "ess-jobs-validate", "--all-files", "--verbose"], { cwd: project, env, encoding: "utf8" });
    const out = r.stdout + r.stderr;
    expect(r.status, out).toBe(1);
    expect(out).toMatch(/ess-jobs validate\.+Failed/);
    expect(out).toContain("jobs/bad.json");
    expect(out).toMatch(/9:15 +erreur +Valeur de « type » inconnue/);
    expect(out).toContain("jobs/good.json");
    // The hook got package.json and tsconfig.json too (they match its `files`), and skipped them.
    expect(out).not.toMatch(/package\.json\n|tsconfig\.json\n/);
    expect(out).toMatch(/✖ 2 offre\(s\) dans 2 fichier\(s\)/);
  }, 600_000);
});
