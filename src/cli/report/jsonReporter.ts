import type { PostingResult, ReportSummary } from "./Report.js";

/**
 * The `json` report, `{ "results": [...], "summary": {...} }`, written as results arrive (the summary
 * comes last so that a long feed streams in constant memory). Each result is
 * `{ file, index, line, valid, diagnostics }`; each diagnostic `{ code, severity, path, message, line?, column? }`.
 * @internal
 */
export function jsonReporter(write: (text: string) => void) {
  let first = true;
  write('{"results":[');
  return {
    result(r: PostingResult) {
      write((first ? "\n" : ",\n") + JSON.stringify(r));
      first = false;
    },
    end(summary: ReportSummary) {
      write(`\n],\n"summary":${JSON.stringify(summary)}}\n`);
    },
  };
}
