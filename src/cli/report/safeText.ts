/**
 * Output safety. Reports quote the input (file names, keys, values in messages); printed raw, a
 * newline followed by `::error …` becomes a GitHub Actions workflow command, `##vso[…]` an Azure
 * Pipelines logging command, and `ESC[2J` clears the terminal. Each format neutralises them in its own
 * syntax: visible escapes in text formats, `\u` escapes in JSON (lossless), character references in XML.
 */

/**
 * Characters never printed raw: C0 controls (newline and tab included), DEL, C1 controls (U+009B is a
 * one-byte CSI), the Arabic letter mark, bidirectional marks, overrides and isolates (the "Trojan Source"
 * reordering), line and paragraph separators, the byte order mark; and the two-character prefixes of CI
 * commands, `::` (GitHub Actions) and `##` (Azure Pipelines `##vso[` and `##[`).
 */
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|::|##/g;
/** The same without the C0 controls, which JSON.stringify already escapes. */
const UNSAFE_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|::|##/g;

const hex4 = (c: string) => c.charCodeAt(0).toString(16).padStart(4, "0");
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Text from the input, made safe for a terminal or a CI log: controls become visible escapes (`\n`,
 * `\u001b`), `::` becomes `:\:` and `##` becomes `#\#`, so that no line of the report can start a CI
 * command and no escape sequence reaches the terminal.
 *
 * @example
 * ```ts
 * safeText("x\n::error::boom\u001b[2J"); // "x\\n:\\:error:\\:boom\\u001b[2J"
 * ```
 * @internal
 */
export function safeText(text: string): string {
  return text.replace(UNSAFE_TEXT, (c) => (c === "::" ? ":\\:" : c === "##" ? "#\\#" : (NAMED[c] ?? `\\u${hex4(c)}`)));
}

/**
 * `JSON.stringify(value)` with the characters above written as `\u` escapes, which every JSON reader
 * decodes back to the same text: the report holds the input exactly, yet printed or `cat` in a CI log
 * it carries no control character and no CI command. (`::` and `##` occur only inside strings in JSON
 * text, never across a string's boundary, so escaping their second character keeps the JSON valid.)
 *
 * @example
 * ```ts
 * safeJson({ m: "::error::x" }); // '{"m":":\\u003aerror:\\u003ax"}'
 * ```
 * @internal
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE_JSON, (c) => (c === "::" ? ":\\u003a" : c === "##" ? "#\\u0023" : `\\u${hex4(c)}`));
}

/**
 * Text or attribute content for XML 1.0: markup characters as entities; newline, return and tab, the
 * C1 controls, bidirectional controls and the second character of `::` and `##` as character
 * references (an XML reader gets the text back exactly, a log shows no raw control nor command); the
 * characters XML 1.0 cannot hold at all (other C0 controls, U+FFFE, U+FFFF, unpaired surrogates) as a
 * visible `\u` escape.
 *
 * @example
 * ```ts
 * xmlText('a\n::b <c> \u0007'); // "a&#10;:&#58;b &lt;c&gt; \\u0007"
 * ```
 * @internal
 */
export function xmlText(text: string): string {
  return text.replace(XML_UNSAFE, (c) => {
    const entity = XML_ENTITIES[c];
    if (entity) return entity;
    if (c === "::") return ":&#58;";
    if (c === "##") return "#&#35;";
    if (c.length === 2) return c; // a surrogate pair: one character, kept
    const code = c.charCodeAt(0);
    const forbidden = (code < 0x20 && c !== "\t" && c !== "\n" && c !== "\r") || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff);
    return forbidden ? `\\u${hex4(c)}` : `&#${code};`;
  });
}

const XML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
// A surrogate pair is matched whole (and kept); a lone surrogate alone.
const XML_UNSAFE = /[&<>"']|[\ud800-\udbff][\udc00-\udfff]|[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff\ufffe\uffff]|::|##/g;
