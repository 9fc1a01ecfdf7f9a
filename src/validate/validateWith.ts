import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import type { Diagnostic, Locale } from "./Diagnostic.js";
import { inputDiagnostic } from "./inputDiagnostic.js";
import { DEFAULT_INPUT_LIMITS, inspectInput, type InputLimits, type InputProblem } from "./inspectInput.js";
import { lintRules } from "./lintRules.js";
import { readOptions } from "./readOptions.js";
import { ruleOptions } from "./ruleOptions.js";
import type { ValidateOptions } from "./ValidateOptions.js";

const OPTION_KEYS = ["locale", "structureOnly", "rules", "date", "ruleSeverities", "limits"] as const;
const LIMIT_KEYS = ["maxDepth", "maxNodes"] as const;

/**
 * What a flavour's structure check says of an input: the typed posting, or the structure diagnostics
 * in the locale asked for.
 * @internal
 */
export type StructureOutcome<P> = { success: true; data: P } | { success: false; diagnostics: Diagnostic[] };

/**
 * The validation flow shared by the zod and the valibot flavours of `validateJobPosting`: the input
 * guard ({@link inspectInput}), the flavour's structure check (`checkStructure`, which must not
 * throw on input that passed the guard; if it does, the input is reported unreadable), then the
 * rules (`lintRules`, as `lintJobPosting` runs them) unless `structureOnly: true` (or the deprecated
 * `rules: false`). Never throws: options that
 * are not an object, or whose reading throws, are ignored; an invalid `date` option gives an
 * `options/invalid-date` error and the rules judge at the posting's date, else today.
 *
 * @param input - Parsed JSON, or any value.
 * @param options - Locale, rules, reference date, limits.
 * @param checkStructure - The flavour's schema check, giving the posting or diagnostics in the locale
 *   (told when `fastStructure` already rejected the input, so as not to run it again).
 * @param fastStructure - Optional: a structure check run before the guard, which returns a posting only
 *   when the input is valid and within the limits (the guard would pass it), `undefined` when the schema
 *   rejects it, and throws past the limits; the guard then runs as without it.
 * @returns `{ valid, posting?, diagnostics }`.
 * @example
 * ```ts
 * validateWith(input, { locale: "en" }, (value, locale) => {
 *   const parsed = JobPostingSchema.safeParse(value);
 *   return parsed.success ? { success: true, data: parsed.data } : { success: false, diagnostics: structureDiagnostics(parsed.error.issues, locale) };
 * });
 * ```
 * @internal
 */
export function validateWith<P extends JobPosting>(
  input: unknown,
  options: ValidateOptions,
  checkStructure: (input: unknown, locale: Locale, rejectedByFastPath?: boolean) => StructureOutcome<P>,
  fastStructure?: (input: unknown, limits: InputLimits) => P | undefined,
): { valid: boolean; posting?: P; diagnostics: Diagnostic[] } {
  // Options are read defensively: `null`, a non-object or a throwing accessor counts as absent.
  const opts = readOptions(options, OPTION_KEYS);
  const locale: Locale = opts.locale === "en" ? "en" : "fr";
  let limits: InputLimits = DEFAULT_INPUT_LIMITS;
  if (opts.limits !== undefined) {
    const given = readOptions(opts.limits, LIMIT_KEYS);
    limits = { ...DEFAULT_INPUT_LIMITS };
    if (typeof given.maxDepth === "number" && given.maxDepth > 0) limits.maxDepth = given.maxDepth;
    if (typeof given.maxNodes === "number" && given.maxNodes > 0) limits.maxNodes = given.maxNodes;
  }
  // A posting the fast path accepts within the limits is one the guard passes: it is not walked twice.
  let posting: P | undefined;
  let rejected = false;
  if (fastStructure) {
    try {
      posting = fastStructure(input, limits);
      rejected = posting === undefined;
    } catch {
      // Past the limits, or a throwing getter: the guard decides.
    }
  }
  if (posting === undefined) {
    let problem: InputProblem | undefined;
    try {
      problem = inspectInput(input, limits);
    } catch {
      problem = { code: "input/unreadable", path: [] };
    }
    if (problem) return { valid: false, diagnostics: [inputDiagnostic(problem, locale)] };
    let outcome: StructureOutcome<P>;
    try {
      outcome = checkStructure(input, locale, rejected);
    } catch {
      return { valid: false, diagnostics: [inputDiagnostic({ code: "input/unreadable", path: [] }, locale)] };
    }
    if (!outcome.success) {
      return { valid: false, diagnostics: outcome.diagnostics };
    }
    posting = outcome.data;
  }
  const { structureOnly, rules } = ruleOptions(opts);
  const diagnostics = structureOnly ? [] : lintRules(posting, { locale, date: opts.date, rules });
  let valid = true;
  for (let i = 0; i < diagnostics.length && valid; i++) valid = diagnostics[i]!.severity !== "error";
  return { valid, posting, diagnostics };
}
