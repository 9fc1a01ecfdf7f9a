import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import { checkStructure, fastStructure } from "./checkStructure.js";
import type { Diagnostic } from "./Diagnostic.js";
import type { ValidateOptions } from "./ValidateOptions.js";
import { validateWith } from "./validateWith.js";

export type { ValidateOptions } from "./ValidateOptions.js";

/** The outcome of {@link validateJobPosting}. */
export interface ValidationResult {
  /** True when no diagnostic has severity `error`. */
  valid: boolean;
  /** The posting, typed, when the structure is valid (even if rules found errors). */
  posting?: JobPosting;
  /** Every finding, structure first, then rules. */
  diagnostics: Diagnostic[];
}

/**
 * Validates anything claimed to be a job posting: first its structure against {@link JobPostingSchema}
 * (by code generated from it for a valid posting, by zod itself for the diagnostics of an invalid one),
 * then (unless `structureOnly: true`) the rules. Never throws: hostile input (cycles, deep nesting, huge
 * values, throwing accessors, `__proto__` keys) yields diagnostics.
 *
 * @param input - Parsed JSON, or any value.
 * @param options - Locale, `structureOnly`, `rules` (per-rule severities), reference date, limits (`null` or a non-object: none; an invalid
 *   `date` gives an `options/invalid-date` error and the posting's date, else today, is used).
 * @returns `{ valid, posting?, diagnostics }`.
 * @example
 * ```ts
 * const result = validateJobPosting({ title: "Animateur·rice", organisation: { name: "MJC" }, contracts: [{ type: "cdi" }] });
 * result.valid; // true
 * validateJobPosting({}, { locale: "en" }).diagnostics[0]?.message; // 'The field "title" is required.'
 * ```
 */
export function validateJobPosting(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return validateWith(input, options, checkStructure, fastStructure);
}
