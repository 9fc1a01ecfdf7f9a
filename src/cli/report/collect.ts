import type { Report } from "./Report.js";
import type { Reporter, ReportWriter } from "./Reporter.js";

/** Runs a streaming reporter over a whole report and returns its text (for tests and small reports). @internal */
export async function collect(report: Report, reporter: (out: ReportWriter) => Reporter): Promise<string> {
  let text = "";
  const r = reporter({ write: (t) => void (text += t), ready: () => undefined });
  for (const result of report.results) r.result(result);
  await r.end(report.summary);
  return text;
}
