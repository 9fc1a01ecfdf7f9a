import type { PostingResult, ReportSummary } from "./Report.js";
import type { Reporter } from "./Reporter.js";
import { safeJson } from "./safeText.js";

/**
 * The `json` report, `{ "results": [...], "summary": {...} }`, written as results arrive (the summary
 * comes last so that a long feed streams in constant memory). Each result is
 * `{ file, index, line, valid, diagnostics }`; each diagnostic `{ code, severity, path, message, line?, column? }`.
 * Strings are escaped by {@link safeJson}: the same text for a JSON reader, no control character nor
 * CI command for a log.
 * @internal
 */
export function jsonReporter(write: (text: string) => void): Reporter {
  let first = true;
  write('{"results":[');
  return {
    result(r: PostingResult) {
      write((first ? "\n" : ",\n") + safeJson(r));
      first = false;
    },
    end(summary: ReportSummary) {
      write(`\n],\n"summary":${JSON.stringify(summary)}}\n`);
    },
  };
}
