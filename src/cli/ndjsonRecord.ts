import type { Locale } from "../validate/Diagnostic.js";
import { jsonError } from "./jsonError.js";
import { locateJsonPaths } from "./locateJsonPaths.js";
import { MAX_LINE_BYTES, type RawLine } from "./ndjsonLines.js";
import type { SourceRecord } from "./SourceRecord.js";

/** Whether a line holds only JSON blanks (space, tab, CR): such a line is skipped and takes no index. */
const blank = (text: string) => text.length === 0 || /^[ \t\r]*$/.test(text);

/**
 * What one NDJSON line holds: a posting, a problem (binary data, an over-long line, malformed JSON
 * with its line and column), or nothing for a blank line.
 *
 * @param raw - The line, from {@link ndjsonLines}.
 * @param lineNumber - Its 1-based number in the file.
 * @param index - The record number it takes when it is not blank.
 * @param locale - The language of the messages.
 * @returns The record, or `undefined` for a blank line.
 * @example
 * ```ts
 * ndjsonRecord({ bytes: Buffer.from('{"a": }'), size: 7, binary: false }, 3, 2, "en");
 * // { kind: "problem", code: "input/invalid-json", line: 3, column: 7, index: 2, … }
 * ```
 * @internal
 */
export function ndjsonRecord(raw: RawLine, lineNumber: number, index: number, locale: Locale): SourceRecord | undefined {
  const fr = locale === "fr";
  if (raw.binary) {
    return { kind: "problem", index, line: lineNumber, column: null, code: "input/binary-file", message: fr ? `Ligne ${lineNumber} : données binaires.` : `Line ${lineNumber}: binary data.`, fatal: false };
  }
  if (raw.bytes === null) {
    const message = fr ? `Ligne ${lineNumber} trop longue (${raw.size} octets, ${MAX_LINE_BYTES} au plus) : ignorée.` : `Line ${lineNumber} too long (${raw.size} bytes, at most ${MAX_LINE_BYTES}): skipped.`;
    return { kind: "problem", index, line: lineNumber, column: null, code: "input/line-too-long", message, fatal: false };
  }
  let text = raw.bytes.toString("utf8");
  if (text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1);
  if (lineNumber === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const first = text.charCodeAt(0);
  if (text.length === 0 || ((first === 0x20 || first === 0x09 || first === 0x0d) && blank(text))) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const { message, line, column } = jsonError(text, locale, lineNumber - 1);
    return { kind: "problem", index, line: line ?? lineNumber, column, code: "input/invalid-json", message, fatal: false };
  }
  const line = text;
  return { kind: "posting", index, line: lineNumber, value, locate: (paths) => locateJsonPaths(line, paths, { lineOffset: lineNumber - 1, valid: true }) };
}
