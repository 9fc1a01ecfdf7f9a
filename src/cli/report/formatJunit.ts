import { StringDecoder } from "node:string_decoder";
import { toJsonPointer } from "../../validate/Diagnostic.js";
import type { PostingResult, Report, ReportSummary } from "./Report.js";
import type { Reporter, ReportWriter } from "./Reporter.js";
import { xmlText } from "./safeText.js";
import { Spool } from "./Spool.js";
import { collect } from "./collect.js";

// Each line is ours (position, severity, code) and the input's text in it escaped: a line of the
// failure text never starts with something taken from the input.
const describe = (r: PostingResult, severity: "error" | "other") =>
  r.diagnostics
    .filter((d) => (severity === "error" ? d.severity === "error" : d.severity !== "error"))
    .map((d) => xmlText(`${d.line !== undefined ? `${d.line}:${d.column ?? 1} ` : ""}${d.severity} ${d.code} ${toJsonPointer(d.path) || "/"} ${d.message}`))
    .join("\n");

interface Suite {
  file: string;
  tests: number;
  failures: number;
  /** Bytes of its test cases in the spool. */
  bytes: number;
}

/**
 * The JUnit XML report: a test suite a file, a test case a posting (or a file that could not be read),
 * failed when the posting has errors. Its head holds counts known only at the end, so the test cases
 * go to a {@link Spool} as results come (memory bounded; a temporary file beyond 4 MiB) and the
 * document is written out at the end, with back-pressure.
 * @internal
 */
export function junitReporter(out: ReportWriter): Reporter {
  const spool = new Spool();
  const suites: Suite[] = [];
  let current: Suite | undefined;
  let tests = 0;
  let failures = 0;
  return {
    result(r) {
      if (current?.file !== r.file) suites.push((current = { file: r.file, tests: 0, failures: 0, bytes: 0 }));
      current.tests++;
      tests++;
      if (!r.valid) {
        current.failures++;
        failures++;
      }
      const name = `${r.file}${r.index !== null ? `#${r.index}` : ""}${r.line !== null ? ` (line ${r.line})` : ""}`;
      let text = `    <testcase classname="${xmlText(r.file)}" name="${xmlText(name)}">\n`;
      const errors = r.diagnostics.filter((d) => d.severity === "error");
      if (!r.valid) text += `      <failure message="${errors.length} erreur(s)" type="${xmlText(errors[0]?.code ?? "error")}">${describe(r, "error")}</failure>\n`;
      const other = describe(r, "other");
      if (other) text += `      <system-out>${other}</system-out>\n`;
      text += "    </testcase>\n";
      const before = spool.bytes;
      spool.append(text);
      current.bytes += spool.bytes - before;
    },
    async end(_summary: ReportSummary) {
      try {
        out.write(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ess-jobs" tests="${tests}" failures="${failures}" errors="0">\n`);
        const chunks = spool.chunks();
        const decoder = new StringDecoder("utf8");
        let carry: Buffer | undefined;
        for (const suite of suites) {
          out.write(`  <testsuite name="${xmlText(suite.file)}" tests="${suite.tests}" failures="${suite.failures}" errors="0">\n`);
          for (let left = suite.bytes; left > 0; ) {
            let chunk = carry ?? chunks.next().value;
            carry = undefined;
            if (!chunk) break;
            if (chunk.length > left) {
              carry = chunk.subarray(left);
              chunk = chunk.subarray(0, left);
            }
            left -= chunk.length;
            out.write(decoder.write(chunk));
            await out.ready();
          }
          out.write("  </testsuite>\n");
        }
        out.write("</testsuites>\n");
      } finally {
        spool.dispose();
      }
    },
  };
}

/**
 * A whole report as JUnit XML (see {@link junitReporter}).
 *
 * @param report - The report.
 * @returns The XML document.
 */
export function formatJunit(report: Report): Promise<string> {
  return collect(report, junitReporter);
}
