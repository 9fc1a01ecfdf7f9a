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
    // In reading order, as ESLint prints them; the unplaced ones last, in their order. Indexes are sorted
    // by their place (numbers), then the diagnostics are placed in that order: one object each.
    const at = diagnostics.map((_, i) => {
      const place = places[i];
      return place ? place.line * 1e7 + place.column : Infinity;
    });
    const order = diagnostics.map((_, i) => i).sort((i, j) => at[i]! - at[j]! || i - j);
    const unplaced = diagnostics;
    diagnostics = order.map((i) => {
      const place = places[i];
      return place ? { ...unplaced[i]!, line: place.line, column: place.column } : unplaced[i]!;
    });
  }
  return { index: record.index, line: record.line, valid: result.valid, diagnostics };
}
