import { z } from "zod";
import { IsoDateSchema } from "../dates/IsoDateSchema.js";
import { EducationLevelSchema } from "../requirements/EducationLevelSchema.js";
import { RegistrationBodySchema } from "./EligibilitySchema.js";

/** One registration of the candidate with a public employment or support body. */
const RegistrationSchema = z
  .object({
    body: RegistrationBodySchema,
    months: z
      .int()
      .min(0)
      .max(600)
      .optional()
      .meta({ description: "How many months the candidate has been registered, on the date of the check; unknown when absent." }),
  })
  .strict()
  .meta({ id: "CandidateRegistration", title: "Registration", description: "A registration with France Travail (Pôle emploi), a Mission locale or Cap emploi." });

/**
 * What is known of a candidate, for {@link checkEligibility}. Every field is optional: a missing field
 * is an unknown fact and makes the conditions that need it "unknown", never met or not met by guess.
 *
 * - `birthDate` (preferred) or `age` (completed years on `ageOn`, by default on the reference date of
 *   the check); when both are given, `birthDate` wins.
 * - `disability`: a recognised disability (RQTH, AAH, carte mobilité inclusion or another decision of
 *   the MDPH, any title of the obligation d'emploi, Code du travail L5212-13); `rqth`: specifically the
 *   reconnaissance de la qualité de travailleur handicapé (apprenticeship without age limit, L6222-2).
 *   `rqth: true` implies `disability: true`; `disability: false` implies `rqth: false`.
 * - `registrations`: every registration the candidate holds (an empty list means none). France Travail
 *   is Pôle emploi renamed on 2024-01-01: either name meets a condition naming the other.
 * - `jobseeker`: without a job (demandeur d'emploi); `student`: enrolled in a course of education;
 *   `qpvResident`: lives in a quartier prioritaire de la politique de la ville.
 * - `benefits`: every benefit received among RSA, ASS, AAH, ARE (an empty list means none).
 * - `educationLevel`: the highest diploma level held (3 CAP … 8 doctorat).
 * - `completedCollege`: completed the first cycle of secondary education (the 3e), which opens the
 *   apprenticeship from 15 (L6222-1).
 * - `apprenticeshipAgeExceptions`: the other exceptions to the apprenticeship age limit (L6222-2):
 *   `following-contract` (follows a previous apprenticeship and leads to a higher diploma),
 *   `contract-broken` (the previous contract was broken for reasons beyond the apprentice's control),
 *   `business-creation` (a business creation or takeover project needing the diploma),
 *   `high-level-athlete` (listed high-level athlete). An empty list means none.
 * - `hadAidedContract`: has held a contrat unique d'insertion (CUI-CAE, PEC, CUI-CIE), which opens
 *   the contrat de professionnalisation at any age (L6325-1).
 * - `previousServiceCivique`: has already done an engagement de service civique (one per person).
 * - `nationality` and `serviceCiviqueResidencePermit`: for the service civique (Code du service
 *   national L120-4): French or EU/EEA nationals, or foreigners holding one of the residence permits
 *   listed there (with more than a year of residence when the law asks for it).
 *
 * @example
 * ```ts
 * CandidateSchema.parse({ birthDate: "2000-05-17", registrations: [{ body: "france-travail", months: 14 }] });
 * ```
 */
export const CandidateSchema = z
  .object({
    birthDate: IsoDateSchema.optional().meta({ description: "Date of birth, ISO `YYYY-MM-DD`." }),
    age: z.int().min(0).max(120).optional().meta({ description: "Age in completed years on `ageOn` (used when `birthDate` is unknown)." }),
    ageOn: IsoDateSchema.optional().meta({ description: "The date `age` was true on; the reference date of the check when absent." }),
    disability: z.boolean().optional().meta({ description: "A recognised disability (RQTH, AAH, CMI, MDPH decision; Code du travail L5212-13)." }),
    rqth: z.boolean().optional().meta({ description: "Reconnaissance de la qualité de travailleur handicapé (RQTH)." }),
    registrations: z
      .array(RegistrationSchema)
      .max(10)
      .optional()
      .meta({ description: "Every registration with France Travail / Pôle emploi, a Mission locale or Cap emploi; `[]` for none." }),
    jobseeker: z.boolean().optional().meta({ description: "Without a job (demandeur d'emploi)." }),
    student: z.boolean().optional().meta({ description: "Enrolled in a course of education (needed for a stage)." }),
    qpvResident: z.boolean().optional().meta({ description: "Lives in a quartier prioritaire de la politique de la ville (QPV)." }),
    benefits: z
      .array(z.enum(["rsa", "ass", "aah", "are"]))
      .max(4)
      .optional()
      .meta({ description: "Every benefit received among RSA, ASS, AAH, ARE; `[]` for none." }),
    educationLevel: EducationLevelSchema.optional().meta({ description: "Highest diploma level held (3 CAP/BEP … 8 doctorat)." }),
    completedCollege: z.boolean().optional().meta({ description: "Completed the first cycle of secondary education (the 3e)." }),
    apprenticeshipAgeExceptions: z
      .array(z.enum(["following-contract", "contract-broken", "business-creation", "high-level-athlete"]))
      .max(4)
      .optional()
      .meta({ description: "Exceptions to the apprenticeship age limit other than the RQTH (Code du travail L6222-2); `[]` for none." }),
    hadAidedContract: z.boolean().optional().meta({ description: "Has held a contrat unique d'insertion (CUI-CAE, PEC, CUI-CIE)." }),
    previousServiceCivique: z.boolean().optional().meta({ description: "Has already done an engagement de service civique." }),
    nationality: z
      .enum(["fr", "eu-eea", "other"])
      .optional()
      .meta({ description: "French, another EU or EEA state, or other." }),
    serviceCiviqueResidencePermit: z
      .boolean()
      .optional()
      .meta({ description: "For other nationals: holds a residence permit that opens the service civique (Code du service national L120-4)." }),
  })
  .strict()
  .meta({ id: "Candidate", title: "Candidate", description: "What is known of a candidate; every field is optional and a missing one is unknown." });

/** What is known of a candidate; see {@link CandidateSchema}. */
export type { Candidate } from "../generated/types.js";
