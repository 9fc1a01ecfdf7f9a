/**
 * ess-jobs: the typed schema of a job posting in the French social and solidarity economy (ESS),
 * its validator and helpers.
 *
 * @packageDocumentation
 */
export * from "./jobPosting/JobPostingSchema.js";
export * from "./organisation/OrganisationSchema.js";
export * from "./organisation/LegalFormSchema.js";
export { isValidSiren } from "./organisation/isValidSiren.js";
export { isValidSiret } from "./organisation/isValidSiret.js";
export * from "./contract/ContractSchema.js";
export * from "./scheme/PublicSchemeSchema.js";
export * from "./agreement/CollectiveAgreementSchema.js";
export * from "./agreement/ClassificationSchema.js";
export * from "./reporting/ReportingLineSchema.js";
export * from "./workingTime/WorkingTimeSchema.js";
export * from "./pay/PaySchema.js";
export * from "./pay/PayAmountSchema.js";
export * from "./location/LocationSchema.js";
export * from "./location/PlaceSchema.js";
export * from "./dates/IsoDateSchema.js";
export * from "./dates/ApproximateDateSchema.js";
export * from "./dates/DurationSchema.js";
export * from "./dates/PostingDatesSchema.js";
export * from "./requirements/RequirementsSchema.js";
export * from "./requirements/EducationLevelSchema.js";
export * from "./eligibility/EligibilitySchema.js";
export * from "./application/ApplicationSchema.js";
export * from "./benefits/BenefitSchema.js";
export * from "./content/ContentSchema.js";
export * from "./provenance/ProvenanceSchema.js";
export * from "./validate/Diagnostic.js";
export { validateJobPosting, type ValidateOptions, type ValidationResult } from "./validate/validateJobPosting.js";
export { lintJobPosting, type LintOptions, type RuleSetting } from "./validate/lintJobPosting.js";
export { DEFAULT_INPUT_LIMITS, type InputLimits } from "./validate/inspectInput.js";
export { RULES, type Rule, type RuleContext, type RuleFinding, type RuleSource } from "./rules/index.js";
