/**
 * ess-jobs/rules: the rules and `lintJobPosting`, for postings already checked by any flavour of the
 * schema (the valibot one included), with the checks and dates they judge by (`isValidSiren`,
 * `isValidSiret`, `postingDate`). Loads neither zod nor valibot.
 *
 * @packageDocumentation
 */
export { lintJobPosting, type LintOptions, type RuleSetting } from "../validate/lintJobPosting.js";
export { LINT_TEXT_MAX } from "../validate/capTexts.js";
export { DEFAULT_INPUT_LIMITS, type InputLimits } from "../validate/inspectInput.js";
export { RULES, type Rule, type RuleContext, type RuleFinding, type RuleSource } from "../rules/index.js";
export { isValidSiren } from "../organisation/isValidSiren.js";
export { isValidSiret } from "../organisation/isValidSiret.js";
export { postingDate } from "../dates/postingDate.js";
export { toJsonPointer, type Diagnostic, type DiagnosticPath, type Locale, type Severity } from "../validate/Diagnostic.js";
export type { JobPosting } from "../jobPosting/JobPostingSchema.js";
