import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli/cli.js";

const root = join(import.meta.dirname, "..");
const run = (...args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const { exitCode } = runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, "1.2.3");
  return { exitCode, out: out.join("\n"), err: err.join("\n") };
};
const scratch = () => mkdtempSync(join(tmpdir(), "ess-jobs-cli-"));
const minimal = { title: "Animateur·rice", organisation: { name: "MJC" }, contracts: [{ type: "cdi" }] };

describe("ess-jobs validate", () => {
  it("exits 0 on the shipped examples and says each is valid", () => {
    const r = run("validate", join(root, "examples"));
    expect(r.exitCode).toBe(0);
    expect(r.out).toMatch(/6 offre\(s\) vérifiée\(s\) : 0 erreur\(s\)/);
    expect(r.out.match(/✓ valide/g)?.length).toBe(6);
  });

  it("exits 1 on an invalid posting and prints its code, pointer and French message", () => {
    const dir = scratch();
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ ...minimal, contracts: [{ type: "cdx" }] }));
    const r = run("validate", join(dir, "bad.json"));
    expect(r.exitCode).toBe(1);
    expect(r.out).toContain("erreur  /contracts/0/type  structure/invalid-discriminator  Valeur de « type » inconnue");
  });

  it("validates every posting of an array file, with indexes in pointers, in English on request", () => {
    const dir = scratch();
    writeFileSync(join(dir, "list.json"), JSON.stringify([minimal, { ...minimal, title: "" }]));
    const r = run("validate", "--locale", "en", dir);
    expect(r.exitCode).toBe(1);
    expect(r.out).toContain("[0] ✓ valid");
    expect(r.out).toContain("error  /1/title  structure/too-short  The text must not be empty.");
    expect(r.out).toContain("2 posting(s) checked: 1 error(s), 0 warning(s).");
  });

  it("exits 2 on a missing path, invalid JSON, an empty or binary file, or a folder without postings", () => {
    const dir = scratch();
    writeFileSync(join(dir, "broken.json"), '{ "title": ');
    writeFileSync(join(dir, "empty.json"), "  \n");
    writeFileSync(join(dir, "binary.json"), Buffer.from([0x7b, 0x00, 0x7d]));
    mkdirSync(join(dir, "nothing"));
    writeFileSync(join(dir, "good.json"), JSON.stringify(minimal));
    const r = run("validate", join(dir, "missing.json"), join(dir, "broken.json"), join(dir, "empty.json"), join(dir, "binary.json"), join(dir, "nothing"), join(dir, "good.json"));
    expect(r.exitCode).toBe(2);
    expect(r.out).toContain("chemin introuvable");
    expect(r.out).toMatch(/input\/invalid-json {2}JSON invalide : /);
    expect(r.out).toContain("input/empty-file  Fichier vide.");
    expect(r.out).toContain("input/binary-file");
    expect(r.out).toContain("aucun fichier .json dans ce dossier");
    // The good file is still validated.
    expect(r.out).toContain("✓ valide");
  });

  it("structure only with --no-rules", () => {
    const dir = scratch();
    writeFileSync(join(dir, "p.json"), JSON.stringify({ ...minimal, pay: { amount: { min: 3, max: 2, currency: "EUR", period: "hour" } } }));
    expect(run("validate", join(dir, "p.json")).exitCode).toBe(1);
    expect(run("validate", "--no-rules", join(dir, "p.json")).exitCode).toBe(0);
  });

  it("answers --help and --version, and exits 2 on usage errors", () => {
    expect(run("--version")).toMatchObject({ exitCode: 0, out: "1.2.3" });
    expect(run("--help").out).toMatch(/^Usage: ess-jobs validate/);
    expect(run().exitCode).toBe(2);
    expect(run("lint", "x").exitCode).toBe(2);
    expect(run("validate").exitCode).toBe(2);
    expect(run("validate", "--locale", "de", "x").exitCode).toBe(2);
    const bad = run("validate", "--frobnicate", "x");
    expect(bad.exitCode).toBe(2);
    expect(bad.err).toMatch(/Unknown option '--frobnicate'/);
  });
});
