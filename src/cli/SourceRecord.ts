import type { DiagnosticPath } from "../validate/Diagnostic.js";

/** Finds where paths of a record are in the source: 1-based line and column, or undefined. */
export type Locator = (paths: readonly DiagnosticPath[]) => ({ line: number; column: number } | undefined)[];

/** One posting read from a source, or a problem that stopped reading (part of) it. */
export type SourceRecord =
  | { kind: "posting"; index: number | null; line: number | null; value: unknown; locate: Locator }
  | { kind: "problem"; index: number | null; line: number | null; column: number | null; code: string; message: string; fatal: boolean };
