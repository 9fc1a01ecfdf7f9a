import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_LINE_BYTES } from "../src/cli/readRecords.js";

import { root, run, scratch } from "./cli/support.js";
// Dated: an undated posting breaks a rule (posting/undated, Code du travail, art. L5332-1).
const minimal = { title: "Animateur·rice", organisation: { name: "MJC" }, contracts: [{ type: "cdi" }], dates: { posted: "2024-05-02" } };
const badContract = { ...minimal, contracts: [{ type: "cdx" }] };

describe("ess-jobs validate: inputs", () => {
  it("exits 0 on the shipped examples (structure; their rules are checked by examples.test.ts)", async () => {
    const r = await run(["validate", "--no-rules", "examples"]);
    expect(r.exitCode).toBe(0);
    expect(r.out).toContain("✓ 6 offre(s) dans 6 fichier(s) : 0 erreur(s), 0 alerte(s), 0 info(s).");
  });

  it("gives the line and column of the offending value in a JSON file", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "bad.json"), '{\n  "title": "Animateur·rice",\n  "organisation": { "name": "MJC" },\n  "contracts": [\n    { "type": "cdx" }\n  ]\n}\n');
    const r = await run(["validate", join(dir, "bad.json")]);
    expect(r.exitCode).toBe(1);
    expect(r.out).toMatch(/5:15 +erreur +Valeur de « type » inconnue .*structure\/invalid-discriminator \/contracts\/0\/type/);
  });

  it("streams NDJSON: each bad line gets its own problem, the others are validated", async () => {
    const dir = scratch();
    const lines = [JSON.stringify(minimal), "", "{ not json", "x".repeat(MAX_LINE_BYTES + 10), JSON.stringify(badContract), JSON.stringify(minimal)];
    writeFileSync(join(dir, "feed.ndjson"), lines.join("\n") + "\n");
    const r = await run(["validate", "--no-rules", "--format", "json", join(dir, "feed.ndjson")]);
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.out);
    // The two lines that could not be read are postings too (counted, and errors).
    expect(report.summary).toEqual({ files: 1, postings: 5, errors: 3, warnings: 0, infos: 0 });
    expect(report.results.map((x: { index: number; line: number; valid: boolean; diagnostics: { code: string }[] }) => [x.index, x.line, x.valid, x.diagnostics.map((d) => d.code)])).toEqual([
      [0, 1, true, []],
      [1, 3, false, ["input/invalid-json"]],
      [2, 4, false, ["input/line-too-long"]],
      [3, 5, false, ["structure/invalid-discriminator"]],
      [4, 6, true, []],
    ]);
    expect(report.results[3].diagnostics[0]).toMatchObject({ line: 5, column: lines[4]!.indexOf('"cdx"') + 1, path: ["contracts", 0, "type"] });
    expect(report.results[1].diagnostics[0]).toMatchObject({ line: 3, column: 3, message: "JSON invalide (ligne 3, colonne 3) : nom de propriété entre guillemets doubles attendu, « n » trouvé." });
  });

  it("reads YAML and locates its problems", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "offre.yaml"), "title: Animateur·rice\norganisation:\n  name: MJC\ncontracts:\n  - type: cdi\n    duration: { value: 12, unit: month }\n");
    const r = await run(["validate", "--format", "json", join(dir, "offre.yaml")]);
    expect(r.exitCode).toBe(1);
    const d = JSON.parse(r.out).results[0].diagnostics[0];
    expect(d).toMatchObject({ code: "structure/unknown-key", path: ["contracts", 0, "duration"], line: 6, column: 15 });
  });

  it("reads standard input, JSON or NDJSON", async () => {
    expect((await run(["validate", "-"], { stdin: JSON.stringify(minimal) })).exitCode).toBe(0);
    const r = await run(["validate", "--format", "json", "-"], { stdin: `${JSON.stringify(minimal)}\n${JSON.stringify(badContract)}\n` });
    expect(r.exitCode).toBe(1);
    expect(JSON.parse(r.out).summary).toEqual({ files: 1, postings: 2, errors: 1, warnings: 0, infos: 1 }); // minimal states no pay: pay/not-disclosed, an info
  });

  it("expands glob patterns", async () => {
    const r = await run(["validate", "--no-rules", "--format", "json", "examples/cga-*.json"]);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.out).results.map((x: { file: string }) => x.file)).toEqual(["examples/cga-service-civique.json", "examples/cga-stage-apprentissage.json"]);
    expect((await run(["validate", "examples/nothing-*.json"])).exitCode).toBe(2);
  });

  it("reports each bad input on one line and goes on; exits 2 only when nothing could be read", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "broken.json"), '{ "title": ');
    writeFileSync(join(dir, "empty.json"), "  \n");
    writeFileSync(join(dir, "binary.json"), Buffer.from([0x7b, 0x00, 0x7d]));
    mkdirSync(join(dir, "nothing"));
    execFileSync("mkfifo", [join(dir, "pipe.json")]);
    const bad = [join(dir, "missing.json"), join(dir, "broken.json"), join(dir, "empty.json"), join(dir, "binary.json"), join(dir, "nothing"), join(dir, "pipe.json")];
    const r = await run(["validate", ...bad]);
    expect(r.exitCode).toBe(2);
    expect(r.out).toContain("Chemin introuvable.");
    expect(r.out).toMatch(/JSON invalide \(ligne 1, colonne \d+\) : /);
    expect(r.out).toContain("Fichier vide.");
    expect(r.out).toContain("Fichier binaire");
    expect(r.out).toContain("Aucune offre dans ce dossier");
    expect(r.out).toContain("Chemin illisible.");
    expect(r.out).not.toMatch(/at .*\.ts:\d+/);
    writeFileSync(join(dir, "good.json"), JSON.stringify(minimal));
    const mixed = await run(["validate", ...bad, join(dir, "good.json")]);
    expect(mixed.exitCode).toBe(1);
    expect(mixed.out).toContain("✓ 1 offre(s) sans erreur");
  });
});

describe("ess-jobs validate: settings", () => {
  // Above the SMIC, so that only the inverted range is wrong.
  const inverted = { ...minimal, pay: { amount: { min: 30, max: 20, currency: "EUR", period: "hour" } } };

  it("--no-rules checks the structure only; --rule changes a severity; --max-warnings counts warnings", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "p.json"), JSON.stringify(inverted));
    expect((await run(["validate", join(dir, "p.json")])).exitCode).toBe(1);
    expect((await run(["validate", "--no-rules", join(dir, "p.json")])).exitCode).toBe(0);
    const warn = await run(["validate", "--rule", "range/min-above-max=warning", join(dir, "p.json")]);
    expect(warn.exitCode).toBe(0);
    expect(warn.out).toMatch(/alerte +Fourchette inversée/);
    expect((await run(["validate", "--rule", "range/min-above-max=warning", "--max-warnings", "0", join(dir, "p.json")])).exitCode).toBe(1);
    const quiet = await run(["validate", "--quiet", "--rule", "range/min-above-max=warning", join(dir, "p.json")]);
    expect(quiet.out).not.toContain("Fourchette");
  });

  it("reads ess-jobs.config.json, or the \"ess-jobs\" key of package.json", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "p.json"), JSON.stringify(inverted));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "x", "ess-jobs": { locale: "en", rules: { "range/min-above-max": "off" } } }));
    const fromPackage = await run(["validate", "p.json"], { cwd: dir });
    expect(fromPackage.exitCode).toBe(0);
    expect(fromPackage.out).toContain("1 posting(s) in 1 file(s)");
    writeFileSync(join(dir, "ess-jobs.config.json"), JSON.stringify({ rules: { "range/min-above-max": "warning" }, maxWarnings: 0 }));
    expect((await run(["validate", "p.json"], { cwd: dir })).exitCode).toBe(1);
    writeFileSync(join(dir, "ess-jobs.config.json"), JSON.stringify({ rules: { "no/such-rule": "off" } }));
    const bad = await run(["validate", "p.json"], { cwd: dir });
    expect(bad.exitCode).toBe(2);
    expect(bad.err).toContain("règle inconnue « no/such-rule »");
  });

  it("writes the report to --output", async () => {
    const dir = scratch();
    const r = await run(["validate", "--no-rules", "--format", "json", "--output", join(dir, "report.json"), "examples"]);
    expect(r.exitCode).toBe(0);
    expect(r.out).toBe("");
    expect(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")).summary).toEqual({ files: 6, postings: 6, errors: 0, warnings: 0, infos: 0 });
  });

  it("colours only when asked or forced", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "bad.json"), JSON.stringify(badContract));
    expect((await run(["validate", join(dir, "bad.json")])).out).not.toContain("\u001b[");
    expect((await run(["validate", join(dir, "bad.json")], { env: { FORCE_COLOR: "1" } })).out).toContain("\u001b[31m");
    expect((await run(["validate", "--no-color", join(dir, "bad.json")], { env: { FORCE_COLOR: "1" } })).out).not.toContain("\u001b[");
  });

  it("speaks the CI formats", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "bad.json"), JSON.stringify(badContract, null, 2));
    const github = await run(["validate", "--format", "github", join(dir, "bad.json")]);
    expect(github.out).toMatch(/^::error file=.*bad\.json,line=\d+,col=\d+,title=structure\/invalid-discriminator::Valeur de « type » inconnue/m);
    const junit = await run(["validate", "--format", "junit", join(dir, "bad.json")]);
    expect(junit.out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(junit.out).toContain('failures="1"');
    const sarif = JSON.parse((await run(["validate", "--format", "sarif", join(dir, "bad.json")])).out);
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results[0].ruleId).toBe("structure/invalid-discriminator");
    expect(sarif.runs[0].tool.driver.version).toBe("1.2.3");
  });

  it("rejects bad options with exit code 2", async () => {
    for (const args of [["validate"], ["validate", "--locale", "de", "x"], ["validate", "--format", "xml", "x"], ["validate", "--date", "2024-02-30", "x"], ["validate", "--rule", "range/shape", "x"], ["validate", "--max-warnings", "-1", "x"], ["validate", "--frobnicate", "x"], ["lint", "x"], []]) {
      const r = await run(args);
      expect(r.exitCode, args.join(" ")).toBe(2);
      expect(r.err.length, args.join(" ")).toBeGreaterThan(0);
    }
  });
});

describe("ess-jobs schema, rules, --help, --version", () => {
  it("prints the JSON Schema, 2020-12 or draft-07", async () => {
    const r = await run(["schema"]);
    expect(JSON.parse(r.out).$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(JSON.parse((await run(["schema", "--draft", "07"])).out).$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect((await run(["schema", "--draft", "04"])).exitCode).toBe(2);
  });

  it("lists the rules with their default severity and documentation page (more in cli/rules.test.ts)", async () => {
    const r = await run(["rules"]);
    expect(r.out).toMatch(/^range\/min-above-max +error +Fourchette inversée.*\n    doc : https:\/\/\S+\/docs\/rules\/range-min-above-max\.md$/m);
  });

  it("answers --help and --version", async () => {
    expect(await run(["--version"])).toMatchObject({ exitCode: 0, out: "1.2.3\n" });
    expect((await run(["--help"])).out).toMatch(/^Usage:/);
    expect((await run(["validate", "--help"])).exitCode).toBe(0);
  });
});
