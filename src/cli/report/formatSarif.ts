import { toJsonPointer } from "../../validate/Diagnostic.js";
import { collect } from "./collect.js";
import type { Report, RuleDescriptor } from "./Report.js";
import type { Reporter, ReportWriter } from "./Reporter.js";
import { safeJson } from "./safeText.js";

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

/** A file path as a relative URI reference: forward slashes, each segment percent-encoded. */
const toUri = (file: string) => file.split(/[\\/]/).map((s) => encodeURIComponent(s)).join("/");

/**
 * A SARIF 2.1.0 log for code scanning: one run of the `ess-jobs` tool, one result a diagnostic located
 * by file, line and column and by the JSON Pointer of the value, then the tool with its rules (the
 * codes seen in the report added) and the files. Written as results come: the run's `results` come
 * first and the rules last (JSON members have no order), so only the rules and the file names are held
 * in memory.
 *
 * @param out - Where the log goes.
 * @param rules - The rules to describe.
 * @param toolVersion - The version of ess-jobs.
 * @internal
 */
export function sarifReporter(out: ReportWriter, rules: readonly RuleDescriptor[], toolVersion: string): Reporter {
  const descriptors: object[] = rules.map((r) => ({
    id: r.code,
    name: r.code,
    shortDescription: { text: r.title },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    ...(r.helpUri ? { helpUri: r.helpUri } : {}),
  }));
  const index = new Map(rules.map((r, i) => [r.code, i]));
  const artifacts = new Set<string>();
  let first = true;
  out.write('{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"results":[');
  return {
    result(r) {
      const uri = toUri(r.file);
      artifacts.add(uri);
      for (const d of r.diagnostics) {
        if (!index.has(d.code)) {
          index.set(d.code, descriptors.length);
          descriptors.push({ id: d.code, name: d.code, shortDescription: { text: d.code }, defaultConfiguration: { level: LEVEL[d.severity] } });
        }
        const line = d.line ?? r.line ?? undefined;
        const result = {
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
        };
        out.write((first ? "\n" : ",\n") + safeJson(result));
        first = false;
      }
    },
    end() {
      const tool = { driver: { name: "ess-jobs", version: toolVersion, informationUri: "https://www.npmjs.com/package/ess-jobs", rules: descriptors } };
      out.write(`\n],\n"tool":${safeJson(tool)},\n"artifacts":${safeJson([...artifacts].map((uri) => ({ location: { uri } })))}}]}\n`);
    },
  };
}

/**
 * A whole report as a SARIF 2.1.0 log (see {@link sarifReporter}).
 *
 * @returns The SARIF log, parsed.
 */
export async function formatSarif(report: Report, rules: readonly RuleDescriptor[], toolVersion: string): Promise<object> {
  return JSON.parse(await collect(report, (out) => sarifReporter(out, rules, toolVersion))) as object;
}
