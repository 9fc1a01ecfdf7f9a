import type { IsoDate } from "../dates/IsoDateSchema.js";
import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import type { DiagnosticPath, Locale, Severity } from "../validate/Diagnostic.js";

/** A legal text or official page a rule rests on. */
export interface RuleSource {
  /** The reference as lawyers cite it ("Code du travail, art. L5332-1"). */
  label: string;
  /** Where to read it. */
  url?: string;
}

/** What a rule sees besides the posting. */
export interface RuleContext {
  /** The date the posting is judged at, ISO `YYYY-MM-DD`. */
  date: IsoDate;
  /**
   * Values computed once per run and shared by the rules that need them (the pay comparisons of the
   * three pay rules), by key. `lintJobPosting` gives a fresh one to each run; absent, rules compute.
   */
  cache?: Map<string, unknown>;
}

/** One place where a rule fails, with the values its message needs. */
export interface RuleFinding {
  /** Where, from the posting's root. */
  path: DiagnosticPath;
  /** Values for the message. */
  params?: Record<string, string | number>;
  /**
   * A lower severity for this finding when the rule cannot be sure (a minimum that depends on an
   * unknown age): used instead of the rule's default, unless the caller set the rule's severity.
   */
  severity?: Severity;
}

/**
 * A rule: a plain function over a typed posting, with a stable code, a default severity,
 * French and English messages and the legal source it rests on.
 */
export interface Rule {
  /** Stable code, such as `range/min-above-max`. */
  code: string;
  /** Severity unless the caller overrides it. */
  defaultSeverity: Severity;
  /** What the rule checks, in a line. */
  title: Record<Locale, string>;
  /** The legal texts or official pages it rests on (empty for consistency rules). */
  sources: readonly RuleSource[];
  /** The message of a finding, in each locale. */
  message: Record<Locale, (params: Record<string, string | number>) => string>;
  /** Returns the findings; never throws on a posting that passed the schema. */
  check(posting: JobPosting, context: RuleContext): RuleFinding[];
}
