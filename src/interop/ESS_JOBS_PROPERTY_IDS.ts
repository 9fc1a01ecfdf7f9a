/**
 * The `propertyID`s of the `additionalProperty` entries that {@link toSchemaOrg} writes for what
 * schema.org cannot say, and that {@link fromSchemaOrg} reads back. They are part of the public API:
 * a value keeps its meaning across versions. Each is described in docs/interop.md.
 *
 * @example
 * ```ts
 * ESS_JOBS_PROPERTY_IDS.idcc; // "ess-jobs:idcc"
 * ```
 */
export const ESS_JOBS_PROPERTY_IDS = {
  /** One entry per contract, in order: `cdi`, `cdd`, `insertion`… (alternatives when several). */
  contractType: "ess-jobs:contractType",
  /** The insertion form of an `insertion` contract: `cddi`, `ctti`, `mise-a-disposition`, `cdd-tremplin`. */
  insertionForm: "ess-jobs:insertionForm",
  /** `gross` or `net`: the basis of the amount in `baseSalary` (or of the per-mission amount). */
  payBasis: "ess-jobs:payBasis",
  /** `excluding-vat` or `including-vat`: for a fee. */
  payTax: "ess-jobs:payTax",
  /** On how many months a monthly or yearly salary is paid (12, 13…). */
  monthsPerYear: "ess-jobs:monthsPerYear",
  /** An amount for the whole mission (`value`, or `minValue` / `maxValue`, in EUR): no `unitText` can say it. */
  payPerMission: "ess-jobs:payPerMission",
  /** A pay term, one entry each: `follows-agreement`, `complement-negotiable`, `negotiable`, `statutory`. */
  payTerm: "ess-jobs:payTerm",
  /** A freelance daily rate (`value`, or `minValue` / `maxValue`, EUR per day). */
  dailyRate: "ess-jobs:dailyRate",
  /** An expenses envelope separate from the pay (`value`, or `minValue` / `maxValue`, EUR); `description` says what it covers. */
  expenses: "ess-jobs:expenses",
  /** The collective agreement's IDCC (4 digits); `name` is the agreement's name. */
  idcc: "ess-jobs:idcc",
  /** The classification as the posting words it ("Employé A 255"). */
  classification: "ess-jobs:classification",
  /** The classification's category: `ouvrier-employe`, `technicien-agent-de-maitrise`, `cadre`. */
  classificationCategory: "ess-jobs:classificationCategory",
  /** The classification's group in the grid ("A"). */
  classificationGroup: "ess-jobs:classificationGroup",
  /** The classification's coefficient (255). */
  classificationCoefficient: "ess-jobs:classificationCoefficient",
  /** The classification's level within the group. */
  classificationLevel: "ess-jobs:classificationLevel",
  /** A public scheme, one entry each: `emploi-tremplin`, `pec`, `cui-cie`, `adulte-relais`, `fonjep`, `iae`…; `name` as the posting names it; `description` the INSEE code of the region running a regional scheme (`region: 11`). */
  scheme: "ess-jobs:scheme",
  /** One group of eligible applicants, one entry each, as a French (or English) sentence. */
  eligibility: "ess-jobs:eligibility",
  /** Remote work: `none`, `occasional`, `partial` (hybrid) or `full`. */
  remotePolicy: "ess-jobs:remotePolicy",
  /** Where a remote worker must live, one entry per ISO country code, when the job is not fully remote (a fully remote job says it in `applicantLocationRequirements`). */
  applicantCountry: "ess-jobs:applicantCountry",
  /** Remote days per week allowed (hybrid work). */
  remoteDaysPerWeek: "ess-jobs:remoteDaysPerWeek",
  /** Hours per week (`value`, or `minValue` / `maxValue`). */
  weeklyHours: "ess-jobs:weeklyHours",
  /** The role the job reports to. */
  reportsTo: "ess-jobs:reportsTo",
  /** The legal form of the hiring organisation (`association`, `scic`…). */
  legalForm: "ess-jobs:legalForm",
  /** An education requirement, one entry each: `value` the level (3–8) or the label, `name` the label, `description` the strength (`required`, `preferred`, `learnable`). */
  education: "ess-jobs:education",
  /** An experience requirement, one entry each: `value` the years (or the label), `name` the label, `alternateName` the domain, `description` the strength. */
  experience: "ess-jobs:experience",
  /** A skill with a strength or a group, one entry each: `value` the label, `name` the group, `description` the strength. */
  skill: "ess-jobs:skill",
  /** A language requirement, one entry each: `value` the ISO 639 code, `name` the CEFR level, `description` the strength. */
  language: "ess-jobs:language",
  /** The driving licence requirement: `value` the categories ("B,C"), `description` the strength, `name` `vehicle-needed` when a vehicle is needed. */
  drivingLicence: "ess-jobs:drivingLicence",
  /** On a `Place`: the INSEE code of the commune. */
  inseeCode: "ess-jobs:inseeCode",
  /** On a `Place`: the département code. */
  departement: "ess-jobs:departement",
} as const;
