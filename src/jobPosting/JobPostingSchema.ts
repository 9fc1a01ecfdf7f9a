import { z } from "zod";
import { CollectiveAgreementSchema } from "../agreement/CollectiveAgreementSchema.js";
import { ApplicationSchema } from "../application/ApplicationSchema.js";
import { BenefitSchema } from "../benefits/BenefitSchema.js";
import { ContentSchema } from "../content/ContentSchema.js";
import { ContractSchema } from "../contract/ContractSchema.js";
import { PostingDatesSchema } from "../dates/PostingDatesSchema.js";
import { EligibilitySchema } from "../eligibility/EligibilitySchema.js";
import { LocationSchema } from "../location/LocationSchema.js";
import { OrganisationSchema, RelatedOrganisationSchema } from "../organisation/OrganisationSchema.js";
import { PaySchema } from "../pay/PaySchema.js";
import { ProvenanceSchema } from "../provenance/ProvenanceSchema.js";
import { RequirementsSchema } from "../requirements/RequirementsSchema.js";
import { ReportingLineSchema } from "../reporting/ReportingLineSchema.js";
import { PublicSchemeSchema } from "../scheme/PublicSchemeSchema.js";
import { label } from "../text/text.js";
import { WorkingTimeSchema } from "../workingTime/WorkingTimeSchema.js";

/** The occupation, coded in France Travail's ROME when known. */
export const OccupationSchema = z
  .object({
    romeCode: z
      .string()
      .regex(/^[A-N][0-9]{4}$/)
      .optional()
      .meta({ description: "ROME code of the occupation (`K1206`)." }),
    label: label("The occupation's name.", 200).optional(),
  })
  .strict()
  .meta({ id: "Occupation", title: "Occupation", description: "The occupation, coded in France Travail's ROME when known." });

/**
 * A job posting of the French social and solidarity economy: who hires, under which contract(s) and
 * schemes, for what pay, where, when, for whom, and how to apply.
 *
 * Required: `title`, `organisation` and at least one entry in `contracts` (several entries are
 * alternatives the applicant may choose between: "apprentissage ou stage"). Unknown keys are rejected.
 */
export const JobPostingSchema = z
  .object({
    $schema: z.string().min(1).max(2000).optional().meta({ description: "The JSON Schema this document declares (for editors)." }),
    id: label("A stable identifier of the posting, chosen by its publisher.", 200).optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)
      .optional()
      .meta({ description: "Language of the posting's text, BCP 47 (`fr`). French law requires French (Code du travail L5331-4)." }),
    title: label("The job title as published (\"Chargé·e des projets collectifs\").", 300),
    subtitle: label("A tagline or programme name shown with the title (\"Le Métropoliste – emploi tremplin\").", 300).optional(),
    organisation: OrganisationSchema,
    relatedOrganisations: z
      .array(RelatedOrganisationSchema)
      .min(1)
      .max(20)
      .optional()
      .meta({ description: "Hosts, fiscal sponsors, co-hosts, partners and funders." }),
    contracts: z
      .array(ContractSchema)
      .min(1)
      .max(5)
      .meta({ description: "The contract offered; several entries are alternatives (\"apprentissage ou stage\")." }),
    schemes: z.array(PublicSchemeSchema).min(1).max(5).optional().meta({ description: "Public schemes the job is offered under (emploi tremplin, PEC…)." }),
    collectiveAgreement: CollectiveAgreementSchema.optional(),
    occupation: OccupationSchema.optional(),
    positions: z.int().min(1).max(1000).optional().meta({ description: 'Number of positions to fill ("2 postes à pourvoir").' }),
    positionTitles: z
      .array(label("The title of one of the positions.", 300))
      .min(2)
      .max(20)
      .optional()
      .meta({
        description:
          'When one posting recruits for several distinct positions, their titles ("Animateur·rice jeunesse", "Chargé·e d\'accueil"); `title` is then the posting\'s heading. The number of people per position goes in `positions` when it is the same for all.',
      }),
    staffStatus: z
      .enum(["cadre", "agent-de-maitrise", "non-cadre"])
      .optional()
      .meta({
        description:
          'The status the posting states ("statut cadre", "poste non cadre", "agent de maîtrise"), with or without a collective agreement; within an agreement, `collectiveAgreement.classification.category` says the same.',
      }),
    reporting: ReportingLineSchema.optional(),
    workingTime: WorkingTimeSchema.optional(),
    pay: PaySchema.optional(),
    location: LocationSchema.optional(),
    dates: PostingDatesSchema.optional(),
    requirements: RequirementsSchema.optional(),
    eligibility: EligibilitySchema.optional(),
    application: ApplicationSchema.optional(),
    benefits: z.array(BenefitSchema).min(1).max(30).optional().meta({ description: "Benefits offered with the job." }),
    content: ContentSchema.optional(),
    provenance: ProvenanceSchema.optional(),
  })
  .strict()
  .meta({
    id: "JobPosting",
    title: "ESS job posting",
    description:
      "A job posting of the French social and solidarity economy (ESS): organisation, contract(s), schemes, collective agreement, working time, pay, location, dates, requirements, eligibility, application, benefits and text.",
  });

/** A job posting of the French social and solidarity economy. */
export type { JobPosting } from "../generated/types.js";
/** The occupation. */
export type { Occupation } from "../generated/types.js";
