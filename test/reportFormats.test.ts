import { describe, expect, it } from "vitest";
import { formatGithub } from "../src/cli/report/formatGithub.js";
import { formatJunit } from "../src/cli/report/formatJunit.js";
import { formatSarif } from "../src/cli/report/formatSarif.js";
import type { Report } from "../src/cli/report/Report.js";

const report: Report = {
  summary: { files: 3, postings: 2, errors: 3, warnings: 1, infos: 0 },
  results: [
    { file: "offres/ok.json", index: null, line: 1, valid: true, diagnostics: [] },
    {
      file: "offres/été 2024.ndjson",
      index: 3,
      line: 4,
      valid: false,
      diagnostics: [
        { code: "structure/required", severity: "error", path: ["title"], message: "Le champ « title » est obligatoire.", line: 4, column: 1 },
        { code: "range/min-above-max", severity: "error", path: ["pay", "amount", "min"], message: "100% faux:\nligne, <b> & \"x\"", line: 4, column: 60 },
        { code: "range/shape", severity: "warning", path: ["pay"], message: "Attention", line: 4, column: 40 },
      ],
    },
    { file: "offres/cassé.json", index: null, line: null, valid: false, diagnostics: [{ code: "input/invalid-json", severity: "error", path: [], message: "JSON invalide" }] },
  ],
};

describe("github workflow commands", () => {
  it("prints one command a diagnostic, escaped as GitHub documents", () => {
    expect(formatGithub(report)).toBe(
      [
        "::error file=offres/été 2024.ndjson,line=4,col=1,title=structure/required::Le champ « title » est obligatoire.",
        '::error file=offres/été 2024.ndjson,line=4,col=60,title=range/min-above-max::100%25 faux:%0Aligne, <b> & "x"',
        "::warning file=offres/été 2024.ndjson,line=4,col=40,title=range/shape::Attention",
        "::error file=offres/cassé.json,title=input/invalid-json::JSON invalide",
        "",
      ].join("\n"),
    );
    expect(formatGithub({ ...report, results: [{ ...report.results[0]!, file: "a:b,c.json", diagnostics: [{ code: "x/y", severity: "info", path: [], message: "m" }] }] })).toBe(
      "::notice file=a%3Ab%2Cc.json,line=1,title=x/y::m\n",
    );
  });
});

const xml = await formatJunit(report);
describe("JUnit XML", () => {
  it("has a suite a file and a case a posting, failures counted", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ess-jobs" tests="3" failures="2" errors="0">')).toBe(true);
    expect(xml.match(/<testsuite /g)).toHaveLength(3);
    expect(xml).toContain('<testsuite name="offres/été 2024.ndjson" tests="1" failures="1" errors="0">');
    expect(xml).toContain('<testcase classname="offres/été 2024.ndjson" name="offres/été 2024.ndjson#3 (line 4)">');
    expect(xml).toContain('<failure message="2 erreur(s)" type="structure/required">');
    expect(xml).toContain("<system-out>4:40 warning range/shape /pay Attention</system-out>");
  });
  it("escapes text and attributes", async () => {
    // A newline from the input is a character reference: no line of the XML starts with input text.
    expect(xml).toContain("100% faux:&#10;ligne, &lt;b&gt; &amp; &quot;x&quot;");
    for (const attr of xml.matchAll(/="([^"]*)"/g)) expect(attr[1]).not.toMatch(/[<&](?!amp;|lt;|gt;|quot;|apos;)/);
    expect(await formatJunit({ ...report, results: [{ ...report.results[2]!, file: "a\u0001b.json" }] })).toContain('name="a\\u0001b.json"');
  });
});

const log = (await formatSarif(report, [{ code: "range/shape", defaultSeverity: "error", title: "Forme", helpUri: "https://example.org/r" }], "9.9.9")) as {
    version: string;
    $schema: string;
    runs: { tool: { driver: { name: string; version: string; rules: { id: string; defaultConfiguration: { level: string }; helpUri?: string }[] } }; artifacts: { location: { uri: string } }[]; results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn?: number } }; logicalLocations: { fullyQualifiedName: string }[] }[] }[] }[];
};
describe("SARIF 2.1.0", () => {
  const run = log.runs[0]!;
  it("describes the tool and every rule seen", () => {
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(run.tool.driver).toMatchObject({ name: "ess-jobs", version: "9.9.9" });
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(["range/shape", "structure/required", "range/min-above-max", "input/invalid-json"]);
    expect(run.tool.driver.rules[0]).toMatchObject({ defaultConfiguration: { level: "error" }, helpUri: "https://example.org/r" });
  });
  it("gives each result its rule, level, file URI, region and JSON Pointer", () => {
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([["structure/required", "error"], ["range/min-above-max", "error"], ["range/shape", "warning"], ["input/invalid-json", "error"]]);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(run.results[1]!.locations[0]).toEqual({
      physicalLocation: { artifactLocation: { uri: "offres/%C3%A9t%C3%A9%202024.ndjson" }, region: { startLine: 4, startColumn: 60 } },
      logicalLocations: [{ fullyQualifiedName: "/pay/amount/min", kind: "member" }],
    });
    expect(run.results[3]!.locations[0]!.physicalLocation.region).toBeUndefined();
    expect(run.artifacts.map((a) => a.location.uri)).toEqual(["offres/ok.json", "offres/%C3%A9t%C3%A9%202024.ndjson", "offres/cass%C3%A9.json"]);
  });
});
