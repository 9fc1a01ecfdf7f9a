import type { Report } from "./Report.js";
import type { Reporter, ReportWriter } from "./Reporter.js";
import { safeText } from "./safeText.js";

// GitHub's own escapes first (lossless: the annotation shows the text), then the other controls made visible.
const percent = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeData = (s: string) => safeText(percent(s));
const escapeProperty = (s: string) => safeText(percent(s).replace(/:/g, "%3A").replace(/,/g, "%2C"));
const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

/**
 * GitHub Actions workflow commands, one a diagnostic (`::error file=…,line=…,col=…,title=<code>::<message>`),
 * which annotate the pull request's files. Escapes as GitHub documents it; other control characters
 * become visible escapes, so no text from the input can end the command's line or start another.
 *
 * @param report - The report.
 * @returns The commands, one a line.
 */
export function formatGithub(report: Pick<Report, "results">): string {
  let out = "";
  for (const r of report.results) {
    for (const d of r.diagnostics) {
      const props = [`file=${escapeProperty(r.file)}`];
      const line = d.line ?? r.line ?? undefined;
      if (line !== undefined && line !== null) props.push(`line=${line}`);
      if (d.line !== undefined && d.column !== undefined) props.push(`col=${d.column}`);
      props.push(`title=${escapeProperty(d.code)}`);
      out += `::${COMMAND[d.severity]} ${props.join(",")}::${escapeData(d.message)}\n`;
    }
  }
  return out;
}

/** The `github` format, written as results come. @internal */
export function githubReporter(out: ReportWriter): Reporter {
  return { result: (r) => out.write(formatGithub({ results: [r] })), end: () => {} };
}
