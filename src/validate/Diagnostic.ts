/** How serious a diagnostic is. `error` makes a posting invalid. */
export type Severity = "error" | "warning" | "info";

/** The languages diagnostics are written in. French is the default. */
export type Locale = "fr" | "en";

/** Where a diagnostic points: the keys and array indexes from the posting's root. */
export type DiagnosticPath = (string | number)[];

/**
 * One finding about a posting: a stable `code` (part of the public API), a `severity`, the `path` of
 * the offending value from the root of the input, and a human `message` in the requested locale.
 */
export interface Diagnostic {
  /** Stable identifier, such as `structure/required` or `organisation/siren-checksum`. */
  code: string;
  /** How serious it is. */
  severity: Severity;
  /** Keys and indexes from the root of the input to the offending value; `[]` for the root. */
  path: DiagnosticPath;
  /** A sentence for humans, in the locale asked for. */
  message: string;
}

/**
 * Formats a diagnostic path as a JSON Pointer (RFC 6901): `["contracts", 0, "type"]` → `/contracts/0/type`.
 *
 * Never throws: a value that is not an array gives `""` (the root); a segment that is neither a
 * string nor a number is written with `String`, or as `""` when even that fails.
 *
 * @param path - The path of a diagnostic.
 * @returns The JSON Pointer; `""` for the root.
 * @example
 * ```ts
 * toJsonPointer(["contracts", 0, "type"]); // "/contracts/0/type"
 * ```
 */
export function toJsonPointer(path: DiagnosticPath): string {
  let segments: unknown[];
  try {
    if (!Array.isArray(path)) return "";
    segments = [...(path as unknown[])];
  } catch {
    return "";
  }
  return segments.map((p) => "/" + segment(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/** A path segment as text, without throwing. */
function segment(p: unknown): string {
  if (typeof p === "string") return p;
  try {
    return String(p);
  } catch {
    return "";
  }
}
