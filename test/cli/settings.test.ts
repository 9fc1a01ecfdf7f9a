import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { closestMatch } from "../../src/text/closestMatch.js";
import { minimal, run, scratch } from "./support.js";

/** A folder holding a posting whose pay range is inverted (an error of range/min-above-max), and `files`. */
function project(files: Record<string, string> = {}): string {
  const dir = scratch();
  writeFileSync(join(dir, "p.json"), JSON.stringify({ ...minimal, pay: { amount: { min: 30, max: 20, currency: "EUR", period: "hour" } } }, null, 2));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("ess-jobs validate: the config file", () => {
  it("names the line and column of a syntax error, in the chosen language, without the parser's text", async () => {
    const dir = project({ "ess-jobs.config.json": '{\n  "locale": "en",\n  "quiet": tru\n}\n' });
    const fr = await run(["validate", "p.json"], { cwd: dir });
    expect(fr.exitCode).toBe(2);
    // `tru` is cut by the line's end: the offending character is the line feed after it, column 15.
    expect(fr.err).toBe("ess-jobs: ess-jobs.config.json: JSON invalide (ligne 3, colonne 15) : caractère inattendu « \\n ».\nVoir « ess-jobs --help ».\n");
    expect(fr.err).not.toMatch(/SyntaxError|Unexpected token|position/);
    const en = await run(["validate", "--locale", "en", "p.json"], { cwd: dir });
    expect(en.err).toBe("ess-jobs: ess-jobs.config.json: Invalid JSON (line 3, column 15): unexpected character '\\n'.\nTry 'ess-jobs --help'.\n");
  });

  it("reports an unknown key, with the closest known one", async () => {
    const dir = project({ "ess-jobs.config.json": JSON.stringify({ maxWarning: 0 }) });
    const r = await run(["validate", "--locale", "en", "p.json"], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.err).toContain("ess-jobs.config.json: unknown key 'maxWarning' (did you mean 'maxWarnings'?); known keys: locale, date, rules, structureOnly, maxWarnings, quiet, format, ignore, files.");
    const inPackage = project({ "package.json": JSON.stringify({ name: "x", "ess-jobs": { colour: true } }) });
    expect((await run(["validate", "p.json"], { cwd: inPackage })).err).toContain('package.json "ess-jobs" : clé inconnue « colour »');
  });

  it("takes ESLint's severity spellings: warn, 0, 1, 2 (strings on the command line, numbers in the config)", async () => {
    const dir = project();
    const warn = await run(["validate", "--rule", "range/min-above-max=warn", "p.json"], { cwd: dir });
    expect(warn.exitCode).toBe(0);
    expect(warn.out).toMatch(/alerte +Fourchette inversée/);
    expect((await run(["validate", "--rule", "range/min-above-max=0", "p.json"], { cwd: dir })).out).not.toContain("Fourchette");
    expect((await run(["validate", "--rule", "range/min-above-max=2", "p.json"], { cwd: dir })).exitCode).toBe(1);
    writeFileSync(join(dir, "ess-jobs.config.json"), JSON.stringify({ rules: { "range/min-above-max": 1 } }));
    expect((await run(["validate", "p.json"], { cwd: dir })).out).toMatch(/alerte +Fourchette inversée/);
    expect((await run(["validate", "--rule", "range/min-above-max=3", "p.json"], { cwd: dir })).exitCode).toBe(2);
  });

  it("refuses --max-warnings that is not a non-negative whole number in digits", async () => {
    const dir = project();
    for (const value of ["", "0x10", "1e3", "-1", "1.5", " 5", "Infinity"]) {
      const r = await run(["validate", "--locale", "en", `--max-warnings=${value}`, "p.json"], { cwd: dir });
      expect(r.exitCode, JSON.stringify(value)).toBe(2);
      expect(r.err, JSON.stringify(value)).toContain(`--max-warnings expects a non-negative whole number in digits, not ${JSON.stringify(value)}.`);
    }
    expect((await run(["validate", "--rule", "range/min-above-max=warn", "--max-warnings", "1", "p.json"], { cwd: dir })).exitCode).toBe(0);
    writeFileSync(join(dir, "ess-jobs.config.json"), JSON.stringify({ maxWarnings: "10" }));
    expect((await run(["validate", "p.json"], { cwd: dir })).err).toContain('maxWarnings attend un nombre entier positif ou nul écrit en chiffres, pas "10".');
  });
});

describe("ess-jobs validate: usage errors", () => {
  it("suggests the closest flag, rule code and format, in the chosen language", async () => {
    const flag = await run(["validate", "--formt", "json", "x"]);
    expect(flag).toMatchObject({ exitCode: 2, err: "ess-jobs: option inconnue --formt (vouliez-vous dire « --format » ?).\nVoir « ess-jobs --help ».\n" });
    expect((await run(["validate", "--locale", "en", "--max-warning", "1", "x"])).err).toBe("ess-jobs: unknown option --max-warning (did you mean '--max-warnings'?).\nTry 'ess-jobs --help'.\n");
    expect((await run(["validate", "--locale=en", "--frobnicate", "x"])).err).toBe("ess-jobs: unknown option --frobnicate.\nTry 'ess-jobs --help'.\n");
    expect((await run(["validate", "--rule", "range/min-abov-max=off", "x"])).err).toContain("règle inconnue « range/min-abov-max » (vouliez-vous dire « range/min-above-max » ?)");
    expect((await run(["validate", "--locale", "en", "--format", "sarf", "x"])).err).toContain("--format must be one of pretty, json, github, junit, sarif, not 'sarf' (did you mean 'sarif'?).");
    expect((await run(["validate", "--locale", "en", "--format"])).err).toBe("ess-jobs: option --format expects a value.\nTry 'ess-jobs --help'.\n");
  });

  it("lists the diagnostics of a posting by line and column", async () => {
    const dir = scratch();
    // The unknown key comes last in the file, the bad contract type first: zod reports them the other way round.
    writeFileSync(join(dir, "p.json"), '{\n  "contracts": [{ "type": "zzz" }],\n  "title": "T",\n  "organisation": { "name": "MJC" },\n  "salaire": 1\n}\n');
    const r = await run(["validate", "--format", "json", "--no-rules", join(dir, "p.json")]);
    const lines = (JSON.parse(r.out).results[0].diagnostics as { line: number; column: number }[]).map((d) => [d.line, d.column]);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines).toEqual([...lines].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
  });

  it("-o creates the report's folder", async () => {
    const dir = scratch();
    const r = await run(["validate", "--no-rules", "--format", "json", "-o", join(dir, "reports", "ess", "report.json"), "examples"]);
    expect(r.exitCode).toBe(0);
    expect(existsSync(join(dir, "reports", "ess", "report.json"))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "reports", "ess", "report.json"), "utf8")).summary.postings).toBe(6);
    mkdirSync(join(dir, "folder"));
    const intoFolder = await run(["validate", "--locale", "en", "-o", join(dir, "folder"), "examples"]);
    expect(intoFolder).toMatchObject({ exitCode: 2, err: `ess-jobs: --output ${join(dir, "folder")}: it is a folder.\n` });
  });
});

describe("closestMatch", () => {
  it("finds a near word, and nothing for a far one", () => {
    expect(closestMatch("formt", ["format", "locale"])).toBe("format");
    expect(closestMatch("FORMAT", ["format"])).toBe("format");
    expect(closestMatch("xyz", ["format", "locale"])).toBeUndefined();
    expect(closestMatch("a".repeat(200), ["a"])).toBeUndefined();
  });
});
