import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { minimal, run, scratch } from "./support.js";

// Postings that declare the schema, so that a folder yields them (files of a folder are postings by their "$schema" or name).
const declared = { $schema: "https://ess-jobs.org/schemas/job-posting.schema.json", ...minimal };
const invalid = { ...declared, contracts: [{ type: "cdx" }] };

describe("symbolic links in folders and patterns", () => {
  it("follows a link to a posting file: its errors count", async () => {
    const dir = scratch();
    mkdirSync(join(dir, "store"));
    mkdirSync(join(dir, "offres"));
    writeFileSync(join(dir, "store", "bad.json"), JSON.stringify(invalid));
    writeFileSync(join(dir, "offres", "ok.json"), JSON.stringify(declared));
    symlinkSync(join(dir, "store", "bad.json"), join(dir, "offres", "bad.json"));
    for (const arg of ["offres", "offres/*.json"]) {
      const r = await run(["validate", "--no-rules", "--format", "json", arg], { cwd: dir });
      expect(r.exitCode, arg).toBe(1);
      const report = JSON.parse(r.out);
      expect(report.results.map((x: { file: string; valid: boolean }) => [x.file, x.valid])).toEqual([
        [join("offres", "bad.json"), false],
        [join("offres", "ok.json"), true],
      ]);
    }
  });

  it("follows a link to a folder, and walks a folder once however many links lead to it (a loop ends)", async () => {
    const dir = scratch();
    mkdirSync(join(dir, "offres", "2024"), { recursive: true });
    writeFileSync(join(dir, "offres", "2024", "bad.json"), JSON.stringify(invalid));
    mkdirSync(join(dir, "feed"));
    symlinkSync(join(dir, "offres"), join(dir, "feed", "linked"));
    symlinkSync(join(dir, "feed"), join(dir, "feed", "loop"));
    const r = await run(["validate", "--no-rules", "--format", "json", "feed"], { cwd: dir });
    expect(r.exitCode).toBe(1);
    expect(JSON.parse(r.out).results.map((x: { file: string }) => x.file)).toEqual([join("feed", "linked", "2024", "bad.json")]);
  });

  it("reports a broken link (to a posting file or a folder) as an error, in every locale", async () => {
    const dir = scratch();
    mkdirSync(join(dir, "offres"));
    writeFileSync(join(dir, "offres", "ok.json"), JSON.stringify(declared));
    symlinkSync(join(dir, "nowhere.json"), join(dir, "offres", "gone.json"));
    symlinkSync(join(dir, "nowhere"), join(dir, "offres", "archive"));
    symlinkSync(join(dir, "nowhere.txt"), join(dir, "offres", "notes.txt")); // not a posting: not read either way
    const r = await run(["validate", "--no-rules", "--format", "json", "offres"], { cwd: dir });
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.results.map((x: { file: string; diagnostics: { code: string }[] }) => [x.file, x.diagnostics.map((d) => d.code)])).toEqual([
      [join("offres", "archive"), ["input/broken-link"]],
      [join("offres", "gone.json"), ["input/broken-link"]],
      [join("offres", "ok.json"), []],
    ]);
    expect(report.results[0].diagnostics[0].message).toBe("Lien symbolique cassé : sa cible n'existe pas.");
    const en = await run(["validate", "--no-rules", "--locale", "en", "offres"], { cwd: dir });
    expect(en.out).toContain("Broken symbolic link: its target does not exist.  input/broken-link /");
  });
});
