import type { Diagnostic } from "../../validate/Diagnostic.js";

/** A diagnostic placed in its source file. */
export interface LocatedDiagnostic extends Diagnostic {
  /** 1-based line of the offending value in the source file, when known. */
  line?: number;
  /** 1-based column of the offending value in the source file, when known. */
  column?: number;
}

/**
 * The outcome for one posting, or for a file that could not be read (then `index` and `line` are
 * `null`, `valid` is false and the single diagnostic has an `input/…` code).
 */
export interface PostingResult {
  /** The file as given or found (`-` for standard input). */
  file: string;
  /** Position of the posting in the file (array index or NDJSON record number, 0-based); `null` for a single posting or a file-level problem. */
  index: number | null;
  /** 1-based line where the posting starts in the file; `null` when unknown. */
  line: number | null;
  /** True when no diagnostic has severity `error`. */
  valid: boolean;
  /** Its diagnostics. */
  diagnostics: LocatedDiagnostic[];
}

/** Totals of a run. */
export interface ReportSummary {
  /** Files read (or attempted). */
  files: number;
  /** Postings validated. */
  postings: number;
  /** Diagnostics of severity `error`, file-level problems included. */
  errors: number;
  /** Diagnostics of severity `warning`. */
  warnings: number;
  /** Diagnostics of severity `info`. */
  infos: number;
}

/** The whole report, as the `json` format prints it. */
export interface Report {
  summary: ReportSummary;
  results: PostingResult[];
}

/** A rule as reports describe it (SARIF `rules`, `ess-jobs rules`). */
export interface RuleDescriptor {
  code: string;
  defaultSeverity: "error" | "warning" | "info";
  title: string;
  helpUri?: string;
}
