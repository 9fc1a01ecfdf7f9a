import { z } from "zod";
import { label, labelList, paragraph } from "../text/text.js";
import { EducationLevelSchema } from "./EducationLevelSchema.js";

const requirementStrengthSchema = z.enum(["required", "preferred", "learnable"]).meta({
  id: "RequirementStrength",
  title: "Requirement strength",
  description: 'How strongly a requirement is meant: `required` ("exigé", "minimum"), `preferred` ("souhaité", "un plus"), `learnable` (may be learnt on the job).',
});
type RequirementStrengthZod = typeof requirementStrengthSchema;
/** The zod type of {@link RequirementStrengthSchema}, by name: declarations refer to it instead of repeating its shape. */
export interface RequirementStrengthSchemaType extends RequirementStrengthZod {}
/**
 * How strongly a requirement is meant: `required` ("exigé", "minimum"), `preferred` ("souhaité", "un plus"),
 * or `learnable` ("vous avez les compétences ou vous voulez apprendre").
 */
export const RequirementStrengthSchema: RequirementStrengthSchemaType = requirementStrengthSchema;

/** How strongly a requirement is meant. */
export type { RequirementStrength } from "../generated/types.js";

/** An education requirement: a level of the French nomenclature, a label and fields of study. */
export const EducationRequirementSchema = z
  .object({
    level: EducationLevelSchema.optional(),
    label: label('The diploma as the posting words it ("Master II", "Bac + 2 minimum").').optional(),
    fields: labelList("Fields of study accepted (\"ESS\", \"sciences humaines et sociales\").", 30).optional(),
    strength: RequirementStrengthSchema,
  })
  .strict()
  .meta({ id: "EducationRequirement", title: "Education requirement", description: "A diploma level and fields of study." });

/** An education requirement. */
export type { EducationRequirement } from "../generated/types.js";

/** An experience requirement. */
export const ExperienceRequirementSchema = z
  .object({
    years: z.number().min(0).max(50).optional().meta({ description: "Minimum years of experience." }),
    domain: label('In what the experience is expected ("conduite de projets").').optional(),
    label: paragraph("The requirement as the posting words it.", 2000).optional(),
    strength: RequirementStrengthSchema,
  })
  .strict()
  .meta({ id: "ExperienceRequirement", title: "Experience requirement", description: "Years and domain of professional (or volunteer) experience." });

/** An experience requirement. */
export type { ExperienceRequirement } from "../generated/types.js";

/** A skill, optionally grouped as the posting groups them. */
export const SkillSchema = z
  .object({
    label: label("The skill."),
    group: label('The heading the posting lists it under ("Communication").', 200).optional(),
    strength: RequirementStrengthSchema.optional(),
  })
  .strict()
  .meta({ id: "Skill", title: "Skill", description: "A skill (savoir-faire) expected of the applicant." });

/** A skill expected of the applicant. */
export type { Skill } from "../generated/types.js";

/** A language requirement, with an optional CEFR level. */
export const LanguageRequirementSchema = z
  .object({
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .meta({ description: "ISO 639 language code (`fr`, `en`, `ar`)." }),
    level: z.enum(["A1", "A2", "B1", "B2", "C1", "C2", "native"]).optional().meta({ description: "CEFR level, or `native`." }),
    strength: RequirementStrengthSchema,
  })
  .strict()
  .meta({ id: "LanguageRequirement", title: "Language requirement", description: "A language, with an optional CEFR level." });

/** A driving licence requirement. */
export const DrivingLicenceRequirementSchema = z
  .object({
    categories: z
      .array(z.enum(["AM", "A1", "A2", "A", "B", "BE", "C1", "C", "CE", "D1", "D", "DE"]))
      .min(1)
      .max(12)
      .meta({ description: "Licence categories (`B` for a car)." }),
    vehicleNeeded: z.boolean().optional().meta({ description: "True when the applicant must have their own vehicle." }),
    strength: RequirementStrengthSchema,
  })
  .strict()
  .meta({ id: "DrivingLicenceRequirement", title: "Driving licence requirement", description: "Driving licence categories, and whether a vehicle is needed." });

/** What is expected of applicants: education, experience, skills, qualities, languages, licence. */
export const RequirementsSchema = z
  .object({
    education: z.array(EducationRequirementSchema).min(1).max(10).optional().meta({ description: "Education requirements; several entries are alternatives." }),
    noDiplomaRequired: z
      .boolean()
      .optional()
      .meta({ description: 'True when the posting says explicitly that no diploma is required ("sans condition de diplôme").' }),
    experience: z.array(ExperienceRequirementSchema).min(1).max(20).optional().meta({ description: "Experience requirements." }),
    noExperienceRequired: z.boolean().optional().meta({ description: 'True when beginners are explicitly welcome ("débutant accepté").' }),
    skills: z.array(SkillSchema).min(1).max(100).optional().meta({ description: "Skills (savoir-faire)." }),
    qualities: labelList("Personal qualities (savoir-être).", 60).optional(),
    interests: labelList("Interests the applicant should have (\"intérêt pour l'ESS\").", 40).optional(),
    languages: z.array(LanguageRequirementSchema).min(1).max(20).optional().meta({ description: "Languages." }),
    drivingLicence: DrivingLicenceRequirementSchema.optional(),
    note: paragraph("Anything else the posting says of the profile sought.", 4000).optional(),
  })
  .strict()
  .meta({ id: "Requirements", title: "Requirements", description: "What is expected of applicants." });

/** What is expected of applicants. */
export type { Requirements } from "../generated/types.js";
/** A language requirement. */
export type { LanguageRequirement } from "../generated/types.js";
/** A driving licence requirement. */
export type { DrivingLicenceRequirement } from "../generated/types.js";
