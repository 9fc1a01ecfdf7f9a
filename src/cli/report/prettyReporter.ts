import { toJsonPointer, type Locale } from "../../validate/Diagnostic.js";
import type { PostingResult, ReportSummary } from "./Report.js";
import type { Reporter } from "./Reporter.js";
import { safeText } from "./safeText.js";

const paint = (on: boolean, code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

const SEVERITY = {
  fr: { error: "erreur", warning: "alerte", info: "info" },
  en: { error: "error", warning: "warning", info: "info" },
} as const;

/**
 * The human report: diagnostics grouped by file, each with its line and column in the source, its
 * severity, message, code and JSON Pointer; then a summary line. Colour only when asked.
 * Writes as results arrive, so a long feed is reported in constant memory. Text from the input (file
 * names, keys, messages quoting values) goes through {@link safeText}: no control character, escape
 * sequence or CI command reaches the terminal or the log.
 * @internal
 */
export function prettyReporter(write: (text: string) => void, locale: Locale, color: boolean, quiet: boolean): Reporter {
  let currentFile: string | undefined;
  let validInFile = 0;
  let headerPrinted = false;
  const closeFile = () => {
    if (currentFile === undefined) return;
    if (!quiet && validInFile > 0) {
      const line = locale === "fr" ? `✓ ${validInFile} offre(s) sans erreur` : `✓ ${validInFile} posting(s) without errors`;
      write(`${headerPrinted ? "" : paint(color, "4", safeText(currentFile)) + "\n"}  ${paint(color, "32", line)}\n`);
    }
    if (headerPrinted || (!quiet && validInFile > 0)) write("\n");
  };
  return {
    result(r: PostingResult) {
      if (r.file !== currentFile) {
        closeFile();
        currentFile = r.file;
        validInFile = 0;
        headerPrinted = false;
      }
      const shown = quiet ? r.diagnostics.filter((d) => d.severity === "error") : r.diagnostics;
      if (r.valid) validInFile++;
      if (shown.length === 0) return;
      if (!headerPrinted) {
        write(paint(color, "4", safeText(r.file)) + "\n");
        headerPrinted = true;
      }
      for (const d of shown) {
        const where = d.line !== undefined ? `${d.line}:${d.column ?? 1}` : r.line !== null ? `${r.line}` : "-";
        const sev = SEVERITY[locale][d.severity];
        const sevPainted = paint(color, d.severity === "error" ? "31" : d.severity === "warning" ? "33" : "36", sev.padEnd(6));
        const record = r.index !== null ? `[${r.index}] ` : "";
        const pointer = toJsonPointer(d.path) || "/";
        write(`  ${paint(color, "2", where.padEnd(8))} ${sevPainted} ${record}${safeText(d.message)}  ${paint(color, "2", safeText(`${d.code} ${pointer}`))}\n`);
      }
    },
    end(summary: ReportSummary) {
      closeFile();
      const { files, postings, errors, warnings, infos } = summary;
      const text =
        locale === "fr"
          ? `${errors > 0 ? "✖" : "✓"} ${postings} offre(s) dans ${files} fichier(s) : ${errors} erreur(s), ${warnings} alerte(s), ${infos} info(s).`
          : `${errors > 0 ? "✖" : "✓"} ${postings} posting(s) in ${files} file(s): ${errors} error(s), ${warnings} warning(s), ${infos} info(s).`;
      write(paint(color, errors > 0 ? "31" : "32", text) + "\n");
    },
  };
}
