import type { Locale } from "../validate/Diagnostic.js";
import { findJsonSyntaxError } from "./findJsonSyntaxError.js";
import { jsonSyntaxMessage } from "./jsonSyntaxMessage.js";

/**
 * The message of a text that `JSON.parse` rejected, with the line and column of its first offending
 * character.
 *
 * @param text - The text.
 * @param locale - The language.
 * @param lineOffset - Added to the line (for an NDJSON line within its file).
 * @returns The message, line and column.
 * @example
 * ```ts
 * jsonError('{"a": }', "en").message; // "Invalid JSON (line 1, column 7): unexpected character '}'."
 * ```
 * @internal
 */
export function jsonError(text: string, locale: Locale, lineOffset = 0): { message: string; line: number | null; column: number | null } {
  const fr = locale === "fr";
  const error = findJsonSyntaxError(text);
  if (!error) return { message: fr ? "JSON invalide." : "Invalid JSON.", line: null, column: null };
  const line = error.line + lineOffset;
  const reason = jsonSyntaxMessage(error, locale);
  return {
    message: fr ? `JSON invalide (ligne ${line}, colonne ${error.column}) : ${reason}.` : `Invalid JSON (line ${line}, column ${error.column}): ${reason}.`,
    line,
    column: error.column,
  };
}
