import { toJsonPointer } from "../../validate/Diagnostic.js";
import type { PostingResult, Report } from "./Report.js";

/** Escapes text for XML 1.0 and drops the characters it cannot hold. */
const xml = (s: string) =>
  s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

const describe = (r: PostingResult, severity: "error" | "other") =>
  r.diagnostics
    .filter((d) => (severity === "error" ? d.severity === "error" : d.severity !== "error"))
    .map((d) => `${d.line !== undefined ? `${d.line}:${d.column ?? 1} ` : ""}${d.severity} ${d.code} ${toJsonPointer(d.path) || "/"} ${d.message}`)
    .join("\n");

/**
 * A JUnit XML report: a test suite a file, a test case a posting (or a file that could not be read),
 * failed when the posting has errors.
 *
 * @param report - The report.
 * @returns The XML document.
 */
export function formatJunit(report: Report): string {
  const byFile = new Map<string, PostingResult[]>();
  for (const r of report.results) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const failures = report.results.filter((r) => !r.valid).length;
  let out = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ess-jobs" tests="${report.results.length}" failures="${failures}" errors="0">\n`;
  for (const [file, results] of byFile) {
    out += `  <testsuite name="${xml(file)}" tests="${results.length}" failures="${results.filter((r) => !r.valid).length}" errors="0">\n`;
    for (const r of results) {
      const name = `${file}${r.index !== null ? `#${r.index}` : ""}${r.line !== null ? ` (line ${r.line})` : ""}`;
      out += `    <testcase classname="${xml(file)}" name="${xml(name)}">\n`;
      const errors = r.diagnostics.filter((d) => d.severity === "error");
      if (!r.valid) out += `      <failure message="${errors.length} erreur(s)" type="${xml(errors[0]?.code ?? "error")}">${xml(describe(r, "error"))}</failure>\n`;
      const other = describe(r, "other");
      if (other) out += `      <system-out>${xml(other)}</system-out>\n`;
      out += "    </testcase>\n";
    }
    out += "  </testsuite>\n";
  }
  return out + "</testsuites>\n";
}
