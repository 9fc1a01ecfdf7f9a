/**
 * ess-jobs/valibot: the valibot flavour of the job posting schema, generated from the zod schema
 * (scripts/generate-valibot.ts), and a `validateJobPosting` that gives the same diagnostics as the
 * zod flavour's without loading zod: for small browser bundles and valibot codebases.
 *
 * @packageDocumentation
 */
export * from "./generated/JobPostingSchema.js";
export { validateJobPosting, type ValidationResult } from "./validateJobPosting.js";
export type { ValidateOptions } from "../validate/ValidateOptions.js";
export type { Diagnostic, DiagnosticPath, Locale, Severity } from "../validate/Diagnostic.js";
export type { RuleSetting } from "../validate/lintJobPosting.js";
export type { InputLimits } from "../validate/inspectInput.js";
