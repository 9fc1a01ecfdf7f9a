import type { Locale } from "../validate/Diagnostic.js";
import type { JsonSyntaxError } from "./findJsonSyntaxError.js";

/**
 * The message of a JSON syntax error, in French or English, without its position.
 *
 * @param error - The error, from {@link findJsonSyntaxError}.
 * @param locale - The language.
 * @returns The reason, such as « caractère inattendu « } » ».
 * @example
 * ```ts
 * jsonSyntaxMessage(findJsonSyntaxError('{"a": }')!, "en"); // "unexpected character '}'"
 * ```
 * @internal
 */
export function jsonSyntaxMessage(error: JsonSyntaxError, locale: Locale): string {
  // The offending character as is, or escaped when it is invisible (a control character).
  const f = error.found === undefined ? "" : /^[\u0000-\u001f\u007f]$/.test(error.found) ? JSON.stringify(error.found).slice(1, -1) : error.found;
  const fr = locale === "fr";
  // The character quoted in English: 'x', or "'" for a quote.
  const q = f === "'" ? `"'"` : `'${f}'`;
  switch (error.reason) {
    case "end":
      return fr ? "le texte s'arrête avant la fin du JSON" : "the text ends before the JSON does";
    case "unexpected":
      return fr ? `caractère inattendu « ${f} »` : `unexpected character ${q}`;
    case "trailing-comma":
      return fr ? `virgule en trop avant « ${f} »` : `trailing comma before ${q}`;
    case "property-name":
      return fr ? `nom de propriété entre guillemets doubles attendu, « ${f} » trouvé` : `double-quoted property name expected, found ${q}`;
    case "colon":
      return fr ? `« : » attendu après le nom de propriété, « ${f} » trouvé` : `':' expected after the property name, found ${q}`;
    case "comma-or-brace":
      return fr ? `« , » ou « } » attendu, « ${f} » trouvé` : `',' or '}' expected, found ${q}`;
    case "comma-or-bracket":
      return fr ? `« , » ou « ] » attendu, « ${f} » trouvé` : `',' or ']' expected, found ${q}`;
    case "unterminated-string":
      return fr
        ? `chaîne ouverte en colonne ${error.openedAt} non terminée (guillemet fermant manquant)`
        : `unterminated string opened at column ${error.openedAt} (closing quote missing)`;
    case "control-character": {
      const u = `U+${error.found!.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
      return fr ? `caractère de contrôle ${u} dans une chaîne (à écrire échappé)` : `control character ${u} in a string (must be escaped)`;
    }
    case "bad-escape":
      return fr ? `séquence d'échappement invalide (« ${f} »)` : `invalid escape sequence (${q})`;
    case "number":
      return fr ? `nombre mal formé (« ${f} »)` : `malformed number (${q})`;
    case "after-end":
      return fr ? `texte en trop après la fin du JSON (« ${f} »)` : `unexpected text after the end of the JSON (${q})`;
  }
}
