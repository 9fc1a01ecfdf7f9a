import { linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, scratch, minimal } from "./support.js";

const FORMATS = ["pretty", "json", "github", "junit", "sarif"] as const;

describe("--output is never an input", () => {
  it("refuses, exit 2, an output that names an input (by its name, a link or a hard link); the input is kept", async () => {
    const dir = scratch();
    const text = JSON.stringify(minimal);
    writeFileSync(join(dir, "p.json"), text);
    symlinkSync(join(dir, "p.json"), join(dir, "link.json"));
    linkSync(join(dir, "p.json"), join(dir, "hard.json"));
    for (const [output, input] of [["p.json", "p.json"], ["./p.json", "p.json"], ["link.json", "p.json"], ["hard.json", "p.json"], ["p.json", "link.json"]]) {
      for (const format of FORMATS) {
        const r = await run(["validate", "--format", format, "--output", output!, input!], { cwd: dir });
        expect(r.exitCode, `${format} -o ${output} ${input}`).toBe(2);
        expect(r.err).toContain(`--output ${output} : ce fichier est aussi une entrée (${input})`);
        expect(readFileSync(join(dir, "p.json"), "utf8")).toBe(text);
      }
    }
    const en = await run(["validate", "--locale", "en", "-o", "p.json", "p.json"], { cwd: dir });
    expect(en.err).toContain("--output p.json: this file is also an input (p.json); it would be overwritten before it is read.");
  });

  it("leaves the report out of a folder or a pattern it lies in: an all-valid folder stays valid run after run", async () => {
    const dir = scratch();
    mkdirSync(join(dir, "offres"));
    writeFileSync(join(dir, "offres", "a.posting.json"), JSON.stringify(minimal));
    for (const args of [["offres"], ["offres/*.json"]]) {
      for (let round = 0; round < 2; round++) {
        const r = await run(["validate", "--no-rules", "--format", "json", "-o", "offres/report.json", ...args], { cwd: dir });
        expect(r.exitCode, `${args} round ${round}`).toBe(0);
        const report = JSON.parse(readFileSync(join(dir, "offres", "report.json"), "utf8"));
        expect(report.summary).toEqual({ files: 1, postings: 1, errors: 0, warnings: 0, infos: 0 });
        expect(report.results.map((x: { file: string }) => x.file)).toEqual([join("offres", "a.posting.json")]);
      }
    }
    // Nothing else there: the same problem as an empty folder, and the report is still written.
    const alone = scratch();
    writeFileSync(join(alone, "report.json"), "{}");
    const r = await run(["validate", "--format", "json", "-o", "report.json", "."], { cwd: alone });
    expect(r.exitCode).toBe(2);
    expect(JSON.parse(readFileSync(join(alone, "report.json"), "utf8")).results[0].diagnostics[0].code).toBe("input/empty-folder");
  });
});

/** A posting whose bad value and unknown key carry a newline, CI commands and terminal escapes, in a file whose name does too. */
function hostileFolder(): { dir: string; key: string; value: string; file: string } {
  const dir = scratch();
  const key = "\n::warning file=x::key\u001b[2J\u009b31m\u202e";
  const value = "cdi\r\n::error file=.github/x::pwned\n##vso[task.setvariable variable=x]1\n##[error]boom\u0007";
  const file = "a\n::error::f\u001b]0;title\u0007.posting.json"; // a posting by its name: a folder yields it
  writeFileSync(join(dir, file), JSON.stringify({ ...minimal, contracts: [{ type: value }], [key]: 1 }));
  return { dir, key, value, file };
}

/** What no report may print raw: a line starting a CI command, an escape sequence, a control or bidi character. */
function expectSafe(out: string, format: string) {
  for (const line of out.split("\n")) {
    const trimmed = line.trimStart();
    if (format === "github") expect(trimmed, line).toMatch(/^(::(error|warning|notice) file=[^\n]*::[^\n]*)?$/);
    else expect(trimmed.startsWith("::"), line).toBe(false);
    expect(line, line).not.toMatch(/##vso\[|##\[/);
  }
  expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
}

describe("output safety: no control character nor CI command from the input reaches any format", () => {
  const hostile = hostileFolder();
  for (const format of FORMATS) {
    it(format, async () => {
      const r = await run(["validate", "--no-rules", "--format", format, hostile.dir]);
      expect(r.exitCode).toBe(1);
      expectSafe(r.out, format);
      if (format === "json") {
        // Lossless: a JSON reader gets the input's text back.
        const report = JSON.parse(r.out);
        expect(report.results[0].file).toBe(join(hostile.dir, hostile.file));
        expect(report.results[0].diagnostics.map((d: { path: unknown[] }) => d.path)).toContainEqual([hostile.key]);
        expect(report.results[0].diagnostics.some((d: { message: string }) => d.message.includes(hostile.key))).toBe(true);
      }
      if (format === "sarif") {
        const log = JSON.parse(r.out);
        expect(log.runs[0].results.some((x: { message: { text: string } }) => x.message.text.includes(hostile.key))).toBe(true);
      }
      if (format === "pretty") {
        expect(r.out).toContain("a\\n:\\:error:\\:f\\u001b]0;title\\u0007.posting.json");
        expect(r.out).toContain("\\n:\\:warning file=x:\\:key\\u001b[2J\\u009b31m\\u202e");
      }
      if (format === "junit") expect(r.out).toContain("&#10;:&#58;warning file=x:&#58;key\\u001b[2J&#155;31m&#8238;");
    });
  }
  it("the same on standard input", async () => {
    const posting = JSON.stringify({ ...minimal, ["\n::error::x\u001b[2J"]: 1 });
    for (const format of FORMATS) {
      const r = await run(["validate", "--no-rules", "--format", format, "-"], { stdin: `${posting}\n${posting}\n` });
      expect(r.exitCode).toBe(1);
      expectSafe(r.out, format);
    }
  });
});
