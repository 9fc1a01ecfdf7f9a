import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import type { Diagnostic, Locale, Severity } from "./Diagnostic.js";
import { capTexts } from "./capTexts.js";
import { inputDiagnostic } from "./inputDiagnostic.js";
import { inspectInput, type InputProblem } from "./inspectInput.js";
import { isRecord } from "./isRecord.js";
import { lintRules } from "./lintRules.js";
import { readOptions } from "./readOptions.js";

/** A rule's severity as a caller sets it; `off` disables the rule. */
export type RuleSetting = Severity | "off";

/** Options of {@link lintJobPosting}. */
export interface LintOptions {
  /**
   * The date the posting is judged at, `YYYY-MM-DD`. Default: the posting's date ({@link postingDate}:
   * published, else updated, else its application deadline, else its start), else today. A value that is not an
   * existing `YYYY-MM-DD` date gives an `options/invalid-date` error, and the default is used.
   */
  date?: string;
  /** Language of the messages. Default `fr`. */
  locale?: Locale;
  /** Per-rule severity overrides by code, as ESLint does: `{ "pay/not-disclosed": "off" }` (the same `rules` as `validateJobPosting`, `--rule` and the config file take). A value other than a severity or `off` is ignored. */
  rules?: Readonly<Record<string, RuleSetting>>;
}

/**
 * Runs the rules on a posting that already passed the schema, and returns their diagnostics.
 * A rule that fails unexpectedly yields an `internal/rule-failed` diagnostic instead of throwing.
 *
 * Never throws: a value that is not an object gives one `internal/invalid-input` error; an object the
 * input guard of `validateJobPosting` refuses (a cycle, a throwing accessor, nesting or size beyond
 * {@link DEFAULT_INPUT_LIMITS}) gives its `input/…` error; options that are not an object are ignored.
 * The posting is not checked by the schema here, so the rules read each string up to
 * `LINT_TEXT_MAX` (20 000) characters only, the schema's limit for a paragraph; every rule runs
 * in time linear in the length of the texts it reads.
 *
 * @param posting - A posting, as returned by `validateJobPosting` or `JobPostingSchema.parse`.
 * @param options - Reference date, locale and per-rule severities.
 * @returns The diagnostics: an `options/invalid-date` error first when the date option is invalid, then the rules', in rule order.
 * @example
 * ```ts
 * import { lintJobPosting, type JobPosting } from "ess-jobs";
 * const posting: JobPosting = { title: "Animateur·rice", organisation: { name: "MJC" }, contracts: [{ type: "cdi" }], dates: { posted: "2024-06-03" } };
 * const diagnostics = lintJobPosting(posting, { locale: "en", rules: { "pay/not-disclosed": "off" } });
 * ```
 */
export function lintJobPosting(posting: JobPosting, options: LintOptions = {}): Diagnostic[] {
  const opts = readOptions(options, ["date", "locale", "rules"]);
  const locale: Locale = opts.locale === "en" ? "en" : "fr";
  if (!isRecord(posting)) return [inputDiagnostic({ code: "internal/invalid-input", value: posting }, locale)];
  let problem: InputProblem | undefined;
  try {
    problem = inspectInput(posting);
  } catch {
    problem = { code: "input/unreadable", path: [] };
  }
  if (problem) return [inputDiagnostic(problem, locale)];
  // Not checked by the schema: no string longer than the schema's paragraph reaches a pattern.
  return lintRules(capTexts(posting), { locale, date: opts.date, rules: opts.rules });
}
