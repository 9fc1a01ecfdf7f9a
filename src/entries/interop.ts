/**
 * ess-jobs/interop: a posting as schema.org JSON-LD (Google for Jobs) and the check of such JSON-LD
 * against Google's requirements, with the JSON-LD types and the France Travail code tables. Loads
 * neither zod nor valibot. `fromSchemaOrg` and `fromFranceTravail` return postings validated with the
 * zod schema: they are in `ess-jobs`.
 *
 * @packageDocumentation
 */
export { toSchemaOrg, type ToSchemaOrgOptions, type ToSchemaOrgResult } from "../interop/toSchemaOrg.js";
export { checkGoogleJobPosting, type CheckGoogleJobPostingOptions } from "../interop/checkGoogleJobPosting.js";
export type { JobPostingLd, PropertyValueLd, QuantitativeValueLd, MonetaryAmountLd, PostalAddressLd, PlaceLd, OrganizationLd, CountryLd, EducationalOccupationalCredentialLd, OccupationalExperienceRequirementsLd, CategoryCodeLd } from "../interop/JobPostingLd.js";
export { ESS_JOBS_PROPERTY_IDS } from "../interop/ESS_JOBS_PROPERTY_IDS.js";
export { FRANCE_TRAVAIL_CODES, type FranceTravailContractMapping, type FranceTravailNatureMapping } from "../interop/FRANCE_TRAVAIL_CODES.js";
export type { JobPosting } from "../generated/types.js";
