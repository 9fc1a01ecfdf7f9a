import * as v from "valibot";
import type { Diagnostic } from "../validate/Diagnostic.js";
import { structureDiagnostics } from "../validate/structureDiagnostics.js";
import type { ValidateOptions } from "../validate/ValidateOptions.js";
import { validateWith } from "../validate/validateWith.js";
import { JobPostingSchema, type JobPosting } from "./generated/JobPostingSchema.js";
import { toZodIssues } from "./toZodIssues.js";

/** The outcome of {@link validateJobPosting} (the same as the zod flavour's). */
export interface ValidationResult {
  /** True when no diagnostic has severity `error`. */
  valid: boolean;
  /** The posting, typed, when the structure is valid (even if rules found errors). */
  posting?: JobPosting;
  /** Every finding, structure first, then rules. */
  diagnostics: Diagnostic[];
}

/** valibot's run configuration: every issue, and the messages are ours (valibot's global config is not read). */
const CONFIG = { abortEarly: false, abortPipeEarly: false } as const;

/**
 * Validates anything claimed to be a job posting with the valibot flavour of the schema: the same
 * input guard, structure diagnostics (codes, paths, French or English messages chosen per call) and
 * rules as the zod flavour's `validateJobPosting`, without zod at run time. Never throws.
 *
 * @param input - Parsed JSON, or any value.
 * @param options - Locale, `structureOnly`, `rules` (per-rule severities), reference date, limits (`null` or a non-object: none; an invalid
 *   `date` gives an `options/invalid-date` error and the posting's date, else today, is used).
 * @returns `{ valid, posting?, diagnostics }`.
 * @example
 * ```ts
 * import { validateJobPosting } from "ess-jobs/valibot";
 * const result = validateJobPosting({ title: "Animateur", organisation: { name: "MJC" }, contracts: [{ type: "cdi" }] });
 * result.valid; // true
 * validateJobPosting({}, { locale: "en" }).diagnostics[0]?.message; // 'The field "title" is required.'
 * ```
 */
export function validateJobPosting(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return validateWith(input, options, (value, locale) => {
    const dataset = JobPostingSchema["~run"]({ value }, CONFIG);
    if (!dataset.issues) return { success: true, data: dataset.value as JobPosting };
    return { success: false, diagnostics: structureDiagnostics(toZodIssues(dataset.issues), locale) };
  });
}
