import { toJsonPointer } from "../../validate/Diagnostic.js";
import type { Report, RuleDescriptor } from "./Report.js";

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

/** A file path as a relative URI reference: forward slashes, each segment percent-encoded. */
const toUri = (file: string) => file.split(/[\\/]/).map((s) => encodeURIComponent(s)).join("/");

/**
 * A SARIF 2.1.0 log for code scanning: one run of the `ess-jobs` tool, its rules, one result a
 * diagnostic located by file, line and column and by the JSON Pointer of the value.
 *
 * @param report - The report.
 * @param rules - The rules to describe (codes seen in the report are added).
 * @param toolVersion - The version of ess-jobs.
 * @returns The SARIF log, to serialise as JSON.
 */
export function formatSarif(report: Report, rules: readonly RuleDescriptor[], toolVersion: string): object {
  const descriptors = rules.map((r) => ({
    id: r.code,
    name: r.code,
    shortDescription: { text: r.title },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    ...(r.helpUri ? { helpUri: r.helpUri } : {}),
  }));
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const artifacts: string[] = [];
  const results = [];
  for (const r of report.results) {
    const uri = toUri(r.file);
    if (!artifacts.includes(uri)) artifacts.push(uri);
    for (const d of r.diagnostics) {
      if (!index.has(d.code)) {
        index.set(d.code, descriptors.length);
        descriptors.push({ id: d.code, name: d.code, shortDescription: { text: d.code }, defaultConfiguration: { level: LEVEL[d.severity] } });
      }
      const line = d.line ?? r.line ?? undefined;
      results.push({
        ruleId: d.code,
        ruleIndex: index.get(d.code)!,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri },
              ...(line !== undefined && line !== null ? { region: { startLine: line, ...(d.column !== undefined ? { startColumn: d.column } : {}) } } : {}),
            },
            logicalLocations: [{ fullyQualifiedName: toJsonPointer(d.path) || "/", kind: "member" }],
          },
        ],
      });
    }
  }
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "ess-jobs", version: toolVersion, informationUri: "https://www.npmjs.com/package/ess-jobs", rules: descriptors } },
        artifacts: artifacts.map((uri) => ({ location: { uri } })),
        results,
      },
    ],
  };
}
