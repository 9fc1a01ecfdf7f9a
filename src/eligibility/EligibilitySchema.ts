import { z } from "zod";
import { label, paragraph } from "../text/text.js";
import { EducationLevelSchema } from "../requirements/EducationLevelSchema.js";

/** Public bodies with which a jobseeker may be registered. `pole-emploi` is France Travail's name before 2024. */
export const RegistrationBodySchema = z.enum(["france-travail", "pole-emploi", "mission-locale", "cap-emploi"]).meta({
  id: "RegistrationBody",
  title: "Registration body",
  description: "A body with which a person is registered: France Travail (Pôle emploi before 2024-01-01), Mission locale, Cap emploi.",
});

/** A body with which a jobseeker may be registered. */
export type { RegistrationBody } from "../generated/types.js";

/** The applicant's age is within bounds (inclusive, in years). */
export const AgeConditionSchema = z
  .object({
    type: z.literal("age").meta({ description: 'Discriminator: always `"age"` for this variant.' }),
    min: z.int().min(0).max(120).optional().meta({ description: "Youngest age accepted, inclusive." }),
    max: z.int().min(0).max(120).optional().meta({ description: "Oldest age accepted, inclusive (\"de 16 à 25 ans\": 25)." }),
  })
  .strict()
  .meta({ id: "AgeCondition", title: "Age condition", description: "The applicant's age is within bounds, in years, inclusive." });

/** The applicant holds at least a level of the French diploma nomenclature. */
export const EducationLevelConditionSchema = z
  .object({
    type: z.literal("education-level").meta({ description: 'Discriminator: always `"education-level"` for this variant.' }),
    min: EducationLevelSchema.optional().meta({ description: "Lowest level accepted." }),
    max: EducationLevelSchema.optional().meta({ description: "Highest level accepted (schemes for low-qualified people)." }),
  })
  .strict()
  .meta({ id: "EducationLevelCondition", title: "Education level condition", description: "The applicant's diploma level is within bounds." });

/** The applicant is registered with one of the bodies, possibly for a minimum time. */
export const RegistrationConditionSchema = z
  .object({
    type: z.literal("registered").meta({ description: 'Discriminator: always `"registered"` for this variant.' }),
    with: z.array(RegistrationBodySchema).min(1).max(4).meta({ description: "Any of these bodies." }),
    minMonths: z
      .int()
      .min(1)
      .max(120)
      .optional()
      .meta({ description: "Minimum months of registration (\"depuis plus d'un an\": 12)." }),
  })
  .strict()
  .meta({ id: "RegistrationCondition", title: "Registration condition", description: "The applicant is registered as a jobseeker or with a support body." });

/** The applicant has a recognised disability (RQTH or another title of the obligation d'emploi, L5212-13). */
export const DisabilityConditionSchema = z
  .object({ type: z.literal("disability").meta({ description: 'Discriminator: always `"disability"` for this variant.' }) })
  .strict()
  .meta({ id: "DisabilityCondition", title: "Disability condition", description: "The applicant has a recognised disability (RQTH, BOETH)." });

/** The applicant lives in a quartier prioritaire de la politique de la ville. */
export const QpvResidentConditionSchema = z
  .object({ type: z.literal("qpv-resident").meta({ description: 'Discriminator: always `"qpv-resident"` for this variant.' }) })
  .strict()
  .meta({ id: "QpvResidentCondition", title: "QPV resident condition", description: "The applicant lives in a quartier prioritaire de la politique de la ville (QPV)." });

/** The applicant is enrolled in education (needed for a stage). */
export const StudentConditionSchema = z
  .object({ type: z.literal("student").meta({ description: 'Discriminator: always `"student"` for this variant.' }) })
  .strict()
  .meta({ id: "StudentCondition", title: "Student condition", description: "The applicant is enrolled in a course of education." });

/** The applicant receives a minimum social benefit. */
export const BenefitRecipientConditionSchema = z
  .object({
    type: z.literal("benefit-recipient").meta({ description: 'Discriminator: always `"benefit-recipient"` for this variant.' }),
    benefits: z.array(z.enum(["rsa", "ass", "aah", "are"])).min(1).max(4).meta({ description: "Any of these benefits: RSA, ASS, AAH, ARE." }),
  })
  .strict()
  .meta({ id: "BenefitRecipientCondition", title: "Benefit recipient condition", description: "The applicant receives a social benefit." });

/** The applicant is without a job. */
export const JobseekerConditionSchema = z
  .object({ type: z.literal("jobseeker").meta({ description: 'Discriminator: always `"jobseeker"` for this variant.' }) })
  .strict()
  .meta({ id: "JobseekerCondition", title: "Jobseeker condition", description: "The applicant is without a job." });

/** A condition the structure cannot express; kept as text. */
export const OtherConditionSchema = z
  .object({ type: z.literal("other").meta({ description: 'Discriminator: always `"other"` for this variant.' }), label: label("The condition as the posting words it.", 500) })
  .strict()
  .meta({ id: "OtherCondition", title: "Other condition", description: "A condition kept as text." });

/** One condition on applicants, discriminated on `type`. */
export const EligibilityConditionSchema = z
  .discriminatedUnion("type", [
    AgeConditionSchema,
    EducationLevelConditionSchema,
    RegistrationConditionSchema,
    DisabilityConditionSchema,
    QpvResidentConditionSchema,
    StudentConditionSchema,
    BenefitRecipientConditionSchema,
    JobseekerConditionSchema,
    OtherConditionSchema,
  ])
  .meta({ id: "EligibilityCondition", title: "Eligibility condition", description: "One condition on applicants, discriminated on `type`." });

/** One condition on applicants. */
export type { EligibilityCondition } from "../generated/types.js";

/** A group of conditions that must all hold ("les jeunes de 16 à 25 ans de niveau Bac inscrits à Pôle emploi"). */
export const EligibilityGroupSchema = z
  .object({
    label: label("The group as the posting words it.", 500).optional(),
    allOf: z.array(EligibilityConditionSchema).min(1).max(10).meta({ description: "Conditions that must all hold." }),
  })
  .strict()
  .meta({ id: "EligibilityGroup", title: "Eligibility group", description: "A group of conditions that must all hold." });

/** A group of conditions that must all hold. */
export type { EligibilityGroup } from "../generated/types.js";

/**
 * Who may apply: the applicant must satisfy every condition of at least one group (`anyOf`).
 * These are conditions stated by the posting (a scheme's public, for example); the contract's own
 * legal conditions (service civique age…) are known to the library and need not be repeated.
 */
export const EligibilitySchema = z
  .object({
    anyOf: z.array(EligibilityGroupSchema).min(1).max(10).meta({ description: "Groups of conditions; the applicant must satisfy one group." }),
    note: paragraph("The eligibility statement as the posting words it.", 2000).optional(),
  })
  .strict()
  .meta({ id: "Eligibility", title: "Eligibility", description: "Who may apply: alternatives between groups of conditions." });

/** Who may apply. */
export type { Eligibility } from "../generated/types.js";
