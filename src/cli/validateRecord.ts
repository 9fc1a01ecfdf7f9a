import { validateJobPosting, type ValidateOptions } from "../validate/validateJobPosting.js";
import type { LocatedDiagnostic } from "./report/Report.js";
import type { SourceRecord } from "./SourceRecord.js";

/**
 * Validates one posting read from a source and places its diagnostics in the source (line and
 * column, then sorted by them), which is done only when there is something to report.
 *
 * @param record - The posting.
 * @param options - The options of {@link validateJobPosting}.
 * @returns The result, without its file.
 * @example
 * ```ts
 * validateRecord(record, { locale: "en", structureOnly: true }); // { index, line, valid, diagnostics }
 * ```
 * @internal
 */
export function validateRecord(
  record: Extract<SourceRecord, { kind: "posting" }>,
  options: ValidateOptions,
): { index: number | null; line: number | null; valid: boolean; diagnostics: LocatedDiagnostic[] } {
  const result = validateJobPosting(record.value, options);
  let diagnostics: LocatedDiagnostic[] = result.diagnostics;
  if (diagnostics.length > 0) {
    const places = record.locate(diagnostics.map((d) => d.path));
    diagnostics = diagnostics.map((d, i) => (places[i] ? { ...d, line: places[i].line, column: places[i].column } : d));
    // In reading order, as ESLint prints them (a stable sort: unplaced ones keep their order, last).
    const at = (d: LocatedDiagnostic) => (d.line ?? Infinity) * 1e7 + (d.column ?? 0);
    diagnostics = diagnostics.map((d, i) => [d, i] as const).sort(([a, i], [b, j]) => at(a) - at(b) || i - j).map(([d]) => d);
  }
  return { index: record.index, line: record.line, valid: result.valid, diagnostics };
}
