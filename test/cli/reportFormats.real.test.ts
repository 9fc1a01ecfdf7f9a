import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FORMATS } from "../../src/cli/settings.js";
import { minimal, root, run, scratch } from "./support.js";

const require = createRequire(import.meta.url);
const { Ajv } = require("ajv") as typeof import("ajv");
const addFormats = require("ajv-formats") as typeof import("ajv-formats").default;

/** The invalid fixtures, in file order, written one a line to a temporary NDJSON feed. */
const fixtureFiles = readdirSync(join(root, "test/fixtures/invalid")).filter((f) => f.endsWith(".json")).sort();
const fixtures = fixtureFiles.map((f) => JSON.parse(readFileSync(join(root, "test/fixtures/invalid", f), "utf8")) as { description: string; expect: { code: string; path: (string | number)[] }[]; posting: unknown });
const feed = join(scratch(), "invalid-fixtures.ndjson");
writeFileSync(feed, fixtures.map((f) => JSON.stringify(f.posting)).join("\n") + "\n");

interface JsonReport {
  summary: { files: number; postings: number; errors: number; warnings: number; infos: number };
  results: { file: string; index: number | null; line: number | null; valid: boolean; diagnostics: { code: string; severity: string; path: (string | number)[]; message: string; line?: number; column?: number }[] }[];
}

/** The SARIF 2.1.0 schema of OASIS (draft-04), compiled by ajv: `id` read as `$id`, formats checked. */
const sarifSchema = (() => {
  const { $schema: _draft04, id, ...rest } = JSON.parse(readFileSync(join(root, "test/fixtures/sarif-schema-2.1.0.json"), "utf8")) as Record<string, unknown>;
  // strictRequired off: the official schema lists "required" properties inside anyOf branches that define no "properties".
  const ajv = new Ajv({ strict: true, strictRequired: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile({ $id: id as string, ...rest });
})();

/** The grammar of a workflow command as GitHub documents it, with its escaping rules. */
const GITHUB_LINE = /^::(error|warning|notice)(?: ((?:file|line|col|endLine|endColumn|title)=(?:[^%,:\r\n]|%25|%0D|%0A|%3A|%2C)*(?:,(?:file|line|col|endLine|endColumn|title)=(?:[^%,:\r\n]|%25|%0D|%0A|%3A|%2C)*)*))?::((?:[^%\r\n]|%25|%0D|%0A)*)$/;
const unescapeData = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ":").replace(/%2C/g, ","));

/** Parses an XML document with Python's ElementTree (which rejects any document that is not well-formed) into nested objects. */
function parseXml(xml: string): { tag: string; attrib: Record<string, string>; text: string; children: unknown[] } {
  const script = `
import json, sys, xml.etree.ElementTree as ET
def walk(e):
    return {"tag": e.tag, "attrib": e.attrib, "text": e.text or "", "children": [walk(c) for c in e]}
print(json.dumps(walk(ET.fromstring(sys.stdin.buffer.read()))))
`;
  return JSON.parse(execFileSync("python3", ["-c", script], { input: xml, encoding: "utf8" }));
}
type XmlNode = ReturnType<typeof parseXml>;

/** Runs every format on the same inputs, and the json format too, to compare against it. */
async function allFormats(args: string[]) {
  const outputs = {} as Record<(typeof FORMATS)[number], { exitCode: number; out: string; err: string }>;
  for (const format of FORMATS) outputs[format] = await run(["validate", "--format", format, ...args]);
  return { outputs, report: JSON.parse(outputs.json.out) as JsonReport };
}

function checkGithub(out: string, report: JsonReport) {
  const diagnostics = report.results.flatMap((r) => r.diagnostics.map((d) => ({ file: r.file, line: d.line ?? r.line, ...d })));
  const lines = out === "" ? [] : out.replace(/\n$/, "").split("\n");
  expect(lines).toHaveLength(diagnostics.length);
  lines.forEach((line, i) => {
    const m = GITHUB_LINE.exec(line);
    expect(m, line).not.toBeNull();
    const d = diagnostics[i]!;
    expect(m![1]).toBe({ error: "error", warning: "warning", info: "notice" }[d.severity]);
    const props = Object.fromEntries(m![2]!.split(",").map((p) => [p.slice(0, p.indexOf("=")), unescapeProperty(p.slice(p.indexOf("=") + 1))]));
    expect(props["file"]).toBe(d.file);
    expect(props["title"]).toBe(d.code);
    if (d.line !== null && d.line !== undefined) expect(Number(props["line"])).toBe(d.line);
    if (d.column !== undefined) expect(Number(props["col"])).toBe(d.column);
    expect(unescapeData(m![3]!)).toBe(d.message);
  });
}

function checkJunit(out: string, report: JsonReport) {
  expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const doc = parseXml(out);
  expect(doc.tag).toBe("testsuites");
  const suites = doc.children as XmlNode[];
  const files = [...new Set(report.results.map((r) => r.file))];
  expect(suites.map((s) => s.tag)).toEqual(files.map(() => "testsuite"));
  expect(suites.map((s) => s.attrib["name"])).toEqual(files);
  expect(Number(doc.attrib["tests"])).toBe(report.results.length);
  expect(Number(doc.attrib["failures"])).toBe(report.results.filter((r) => !r.valid).length);
  for (const suite of suites) {
    const results = report.results.filter((r) => r.file === suite.attrib["name"]);
    const cases = suite.children as XmlNode[];
    expect(cases.map((c) => c.tag)).toEqual(results.map(() => "testcase"));
    expect(Number(suite.attrib["tests"])).toBe(results.length);
    expect(Number(suite.attrib["failures"])).toBe(results.filter((r) => !r.valid).length);
    cases.forEach((c, i) => {
      const failures = (c.children as XmlNode[]).filter((x) => x.tag === "failure");
      expect(failures).toHaveLength(results[i]!.valid ? 0 : 1);
      if (failures[0]) {
        expect(failures[0].attrib["type"]).toBe(results[i]!.diagnostics.find((d) => d.severity === "error")!.code);
        for (const d of results[i]!.diagnostics.filter((x) => x.severity === "error")) expect(failures[0].text).toContain(d.message.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ""));
      }
    });
  }
}

function checkSarif(out: string, report: JsonReport) {
  const log = JSON.parse(out) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { region?: { startLine: number; startColumn?: number } } }[] }[] }[] };
  expect(sarifSchema(log), JSON.stringify(sarifSchema.errors?.slice(0, 5), null, 2)).toBe(true);
  const diagnostics = report.results.flatMap((r) => r.diagnostics.map((d) => ({ ...d, line: d.line ?? r.line })));
  const results = log.runs[0]!.results;
  expect(results.map((r) => [r.ruleId, r.level, r.message.text])).toEqual(diagnostics.map((d) => [d.code, { error: "error", warning: "warning", info: "note" }[d.severity], d.message]));
  results.forEach((r, i) => {
    expect(log.runs[0]!.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(r.locations[0]!.physicalLocation.region?.startLine).toBe(diagnostics[i]!.line ?? undefined);
  });
}

function checkPretty(out: string, report: JsonReport, locale: "fr" | "en" = "fr") {
  const lines = out.split("\n");
  const diagnosticLines = lines.filter((l) => /^  (?:\d+(?::\d+)?|-) /.test(l));
  expect(diagnosticLines).toHaveLength(report.results.reduce((n, r) => n + r.diagnostics.length, 0));
  for (const l of diagnosticLines) expect(l).toMatch(/^  (?:\d+:\d+|\d+|-) +(?:erreur|alerte|info|error|warning) +(?:\[\d+\] )?.+  [a-z][a-z-]*\/[a-z0-9-]+ \/\S*$/);
  const { files, postings, errors, warnings, infos } = report.summary;
  expect(lines.at(-2)).toBe(locale === "fr" ? `${errors > 0 ? "✖" : "✓"} ${postings} offre(s) dans ${files} fichier(s) : ${errors} erreur(s), ${warnings} alerte(s), ${infos} info(s).` : "");
}

describe("the official SARIF schema, as compiled here", () => {
  it("rejects what SARIF forbids", () => {
    expect(sarifSchema({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [] }] })).toBe(true);
    expect(sarifSchema({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(sarifSchema({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, level: "fatal" }] }] })).toBe(false);
    expect(sarifSchema({ version: "2.1.0", runs: [{ tool: { driver: { name: "x", informationUri: "not a uri" } } }] })).toBe(false);
  });
});

describe("every report format on the shipped examples", () => {
  it("structure only: exit 0, every format well-formed", async () => {
    const { outputs, report } = await allFormats(["--no-rules", "examples"]);
    for (const format of FORMATS) expect(outputs[format].exitCode, format).toBe(0);
    expect(report.summary).toEqual({ files: 6, postings: 6, errors: 0, warnings: 0, infos: 0 });
    checkPretty(outputs.pretty.out, report);
    checkGithub(outputs.github.out, report);
    checkJunit(outputs.junit.out, report);
    checkSarif(outputs.sarif.out, report);
  });

  it("with the rules: the same exit code from every format, every format well-formed", async () => {
    const { outputs, report } = await allFormats(["examples"]);
    const exitCode = report.summary.errors > 0 ? 1 : 0;
    for (const format of FORMATS) expect(outputs[format].exitCode, format).toBe(exitCode);
    checkPretty(outputs.pretty.out, report);
    checkGithub(outputs.github.out, report);
    checkJunit(outputs.junit.out, report);
    checkSarif(outputs.sarif.out, report);
  });
});

describe("every report format on the invalid fixtures' postings (an NDJSON feed)", async () => {
  const { outputs, report } = await allFormats([feed]);

  it("exit 1 from every format", () => {
    for (const format of FORMATS) expect(outputs[format].exitCode, format).toBe(1);
    expect(outputs.json.err).toBe("");
  });

  it("json: one result a fixture, each with the fixture's expected code at its path, located in its line", () => {
    expect(report.summary.postings).toBe(fixtures.length);
    expect(report.results).toHaveLength(fixtures.length);
    report.results.forEach((r, i) => {
      expect(r, fixtureFiles[i]).toMatchObject({ index: i, line: i + 1, valid: false });
      for (const e of fixtures[i]!.expect) expect(r.diagnostics.map((d) => [d.code, d.path]), fixtureFiles[i]).toContainEqual([e.code, e.path]);
      for (const d of r.diagnostics) expect(d.line, fixtureFiles[i]).toBe(i + 1);
    });
  });

  it("pretty: one line a diagnostic, and the summary", () => checkPretty(outputs.pretty.out, report));
  it("github: every line follows the workflow-command grammar and escaping", () => checkGithub(outputs.github.out, report));
  it("junit: well-formed XML, testsuites > testsuite > testcase > failure", () => checkJunit(outputs.junit.out, report));
  it("sarif: valid against the official SARIF 2.1.0 schema", () => checkSarif(outputs.sarif.out, report));
});

describe("--quiet reports errors only, in every format", () => {
  const inverted = { ...minimal, pay: { amount: { min: 30, max: 20, currency: "EUR", period: "hour" } } };
  it("drops warnings from pretty, json, github, junit and sarif", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "feed.ndjson"), [JSON.stringify(inverted), JSON.stringify({ ...minimal, contracts: [{ type: "cdx" }] })].join("\n"));
    const args = ["--rule", "range/min-above-max=warning", join(dir, "feed.ndjson")];
    const loud = await allFormats(args);
    const quiet = await allFormats(["--quiet", ...args]);
    expect(loud.report.results[0]!.diagnostics.map((d) => d.severity)).toContain("warning");
    expect(quiet.report.results.flatMap((r) => r.diagnostics.map((d) => d.severity))).toEqual(["error"]);
    expect(quiet.report.summary).toEqual(loud.report.summary);
    expect(loud.outputs.github.out).toMatch(/^::warning /m);
    expect(quiet.outputs.github.out).not.toMatch(/^::(warning|notice) /m);
    expect(loud.outputs.junit.out).toContain("<system-out>");
    expect(quiet.outputs.junit.out).not.toContain("<system-out>");
    const levels = (out: string) => (JSON.parse(out) as { runs: { results: { level: string }[] }[] }).runs[0]!.results.map((r) => r.level);
    expect(levels(loud.outputs.sarif.out)).toContain("warning");
    expect(levels(quiet.outputs.sarif.out)).toEqual(["error"]);
    expect(loud.outputs.pretty.out).toMatch(/^  \S+ +alerte /m);
    expect(quiet.outputs.pretty.out).not.toMatch(/^  \S+ +alerte /m);
    for (const format of FORMATS) expect(quiet.outputs[format].exitCode, format).toBe(1);
    checkGithub(quiet.outputs.github.out, quiet.report);
    checkJunit(quiet.outputs.junit.out, quiet.report);
    checkSarif(quiet.outputs.sarif.out, quiet.report);
  });
});
