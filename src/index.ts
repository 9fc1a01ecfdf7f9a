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
export { postingDate } from "./dates/postingDate.js";
export * from "./requirements/RequirementsSchema.js";
export * from "./requirements/EducationLevelSchema.js";
export * from "./eligibility/EligibilitySchema.js";
export * from "./application/ApplicationSchema.js";
export * from "./benefits/BenefitSchema.js";
export * from "./content/ContentSchema.js";
export * from "./provenance/ProvenanceSchema.js";
export * from "./validate/Diagnostic.js";
export { validateJobPosting, type ValidateOptions, type ValidationResult } from "./validate/validateJobPosting.js";
export {
  jobPostingStandardSchema,
  type JobPostingStandardIssue,
  type JobPostingStandardSchema,
  type JobPostingStandardProps,
  type JobPostingStandardResult,
  type JobPostingStandardSuccess,
  type JobPostingStandardFailure,
  type JobPostingStandardTypes,
} from "./validate/jobPostingStandardSchema.js";
export { lintJobPosting, type LintOptions, type RuleSetting } from "./validate/lintJobPosting.js";
export { DEFAULT_INPUT_LIMITS, type InputLimits } from "./validate/inspectInput.js";
export { LINT_TEXT_MAX } from "./validate/capTexts.js";
export { RULES, type Rule, type RuleContext, type RuleFinding, type RuleSource } from "./rules/index.js";
// Reference data and collective agreements (also ess-jobs/parameters, without zod).
export * from "./entries/parameters.js";
// Pay helpers (also ess-jobs/pay, without zod).
export * from "./entries/pay.js";
// Eligibility.
export { checkEligibility } from "./eligibility/checkEligibility.js";
export { type ConditionResult, type EligibilityConditionCheck, type EligibilityGroupResult, type EligibilityAlternative, type EligibilityVerdict, type EligibilityResult } from "./eligibility/EligibilityResult.js";
export { CandidateSchema, type Candidate } from "./eligibility/CandidateSchema.js";
// Parts of the posting that have no schema export of their own.
export type { EmailApplication, WebApplication, PostApplication, PhoneApplication, AgeCondition, EducationLevelCondition, RegistrationCondition, DisabilityCondition, QpvResidentCondition, StudentCondition, BenefitRecipientCondition, JobseekerCondition, OtherCondition, ApprovalType, DatePart, CandidateRegistration, RecurringAvailability } from "./generated/types.js";
// Interoperability: schema.org JSON-LD (Google for Jobs) and France Travail (toSchemaOrg,
// checkGoogleJobPosting and the tables also in ess-jobs/interop, without zod).
export * from "./entries/interop.js";
export { fromSchemaOrg, type FromSchemaOrgOptions, type FromSchemaOrgResult } from "./interop/fromSchemaOrg.js";
export { fromFranceTravail, type FromFranceTravailOptions, type FromFranceTravailResult } from "./interop/fromFranceTravail.js";
