import { z } from "zod";
import type { Contract } from "../generated/types.js";
import { DurationSchema } from "../dates/DurationSchema.js";
import { label, paragraph } from "../text/text.js";
import { EducationLevelSchema } from "../requirements/EducationLevelSchema.js";

const contractProspectsSchema = z
  .object({
    renewalPossible: z.boolean().optional().meta({ description: "True when the posting says the contract may be renewed." }),
    permanentHirePossible: z
      .boolean()
      .optional()
      .meta({ description: 'True when a permanent position may follow ("opportunités de pérennisation", "possibilité d\'embauche à terme").' }),
    conditions: paragraph("What the prospects depend on, as the posting says it.", 2000).optional(),
  })
  .strict()
  .meta({ id: "ContractProspects", title: "Contract prospects", description: "What may follow the contract: renewal, a permanent position." });
type ContractProspectsZod = typeof contractProspectsSchema;
/** The zod type of {@link ContractProspectsSchema}, by name: declarations refer to it instead of repeating its shape. */
export interface ContractProspectsSchemaType extends ContractProspectsZod {}
/** Prospects after a fixed-term contract or a mission: hiring, perennisation, renewal. */
export const ContractProspectsSchema: ContractProspectsSchemaType = contractProspectsSchema;

/** Prospects after a fixed-term contract or a mission. */
export type { ContractProspects } from "../generated/types.js";

const trialPeriod = DurationSchema.optional().meta({ description: "The trial period (période d'essai), when stated." });
const note = paragraph("Anything else the posting says about the contract.", 2000).optional();

/** CDI: contrat à durée indéterminée. */
export const CdiContractSchema = z
  .object({
    type: z.literal("cdi").meta({ description: 'Discriminator: always `"cdi"` for this variant.' }),
    trialPeriod,
    note,
  })
  .strict()
  .meta({ id: "CdiContract", title: "CDI", description: "Contrat à durée indéterminée." });

/**
 * The legal reasons for which a CDD may be concluded (Code du travail L1242-2 and L1242-3):
 * replacement, temporary increase in activity, seasonal work, CDD d'usage, CDD à objet défini,
 * an employment-policy scheme, additional training, other.
 */
export const CddReasonSchema = z
  .enum([
    "remplacement",
    "accroissement-temporaire",
    "saisonnier",
    "usage",
    "objet-defini",
    "politique-emploi",
    "complement-formation",
    "senior",
    "other",
  ])
  .meta({
    id: "CddReason",
    title: "CDD reason",
    description:
      "The legal reason (motif) of a CDD: remplacement, accroissement temporaire d'activité, saisonnier, CDD d'usage, objet défini, employment-policy scheme (contrat aidé), complément de formation, CDD senior, other (Code du travail L1242-2, L1242-3).",
  });

/** The legal reason of a CDD. */
export type { CddReason } from "../generated/types.js";

/** CDD: contrat à durée déterminée. */
export const CddContractSchema = z
  .object({
    type: z.literal("cdd").meta({ description: 'Discriminator: always `"cdd"` for this variant.' }),
    duration: DurationSchema.optional().meta({ description: "The initial duration of the contract." }),
    reason: CddReasonSchema.optional(),
    withoutPreciseTerm: z
      .boolean()
      .optional()
      .meta({
        description:
          'True for a CDD without a precise term (sans terme précis, Code du travail L1242-7): a replacement lasting "jusqu\'au retour de la salariée", a season, a CDD d\'usage. It ends when its object is fulfilled; a stated `duration` is then a minimum or a forecast, and no maximum applies.',
      }),
    renewals: z.int().min(0).max(10).optional().meta({ description: "How many renewals are planned, when stated." }),
    prospects: ContractProspectsSchema.optional(),
    trialPeriod,
    note,
  })
  .strict()
  .meta({ id: "CddContract", title: "CDD", description: "Contrat à durée déterminée, with its duration, legal reason and prospects." });

/**
 * Insertion contracts of the structures d'insertion par l'activité économique and entreprises adaptées:
 * CDD d'insertion (`cddi`), contrat de travail temporaire d'insertion (`ctti`), mise à disposition by an
 * association intermédiaire (`mise-a-disposition`), CDD tremplin of an entreprise adaptée (`cdd-tremplin`).
 */
export const InsertionContractSchema = z
  .object({
    type: z.literal("insertion").meta({ description: 'Discriminator: always `"insertion"` for this variant.' }),
    form: z
      .enum(["cddi", "ctti", "mise-a-disposition", "cdd-tremplin"])
      .meta({ description: "Which insertion contract: CDDI, CTTI, mise à disposition (AI), CDD tremplin (EA)." }),
    duration: DurationSchema.optional().meta({ description: "The initial duration of the contract." }),
    prospects: ContractProspectsSchema.optional(),
    trialPeriod,
    note,
  })
  .strict()
  .meta({ id: "InsertionContract", title: "Insertion contract", description: "A contract of the insertion par l'activité économique or of an entreprise adaptée." });

const targetQualificationSchema = z
  .object({
    title: label("The diploma or title prepared (\"BTS Communication\")."),
    level: EducationLevelSchema.optional(),
    school: label("The school or training centre (CFA), when stated.").optional(),
  })
  .strict()
  .meta({ id: "TargetQualification", title: "Target qualification", description: "The diploma or professional title a work-study contract prepares." });
type TargetQualificationZod = typeof targetQualificationSchema;
/** The zod type of {@link TargetQualificationSchema}, by name: declarations refer to it instead of repeating its shape. */
export interface TargetQualificationSchemaType extends TargetQualificationZod {}
/** The diploma or title an apprenticeship or professionalisation contract prepares. */
export const TargetQualificationSchema: TargetQualificationSchemaType = targetQualificationSchema;

/** The fields shared by the two work-study contracts. */
const workStudyShape = {
  duration: DurationSchema.optional().meta({ description: "The duration of the contract." }),
  qualification: TargetQualificationSchema.optional(),
  rhythm: label("The alternation rhythm (\"3 jours en entreprise, 2 jours en CFA\").").optional(),
  note,
};

/** Apprentissage: contrat d'apprentissage (Code du travail L6221-1). */
export const ApprenticeshipContractSchema = z
  .object({ type: z.literal("apprentissage").meta({ description: 'Discriminator: always `"apprentissage"` for this variant.' }), ...workStudyShape })
  .strict()
  .meta({ id: "ApprenticeshipContract", title: "Apprenticeship", description: "Contrat d'apprentissage." });

/** Contrat de professionnalisation (Code du travail L6325-1). */
export const ProfessionalisationContractSchema = z
  .object({ type: z.literal("professionnalisation").meta({ description: 'Discriminator: always `"professionnalisation"` for this variant.' }), ...workStudyShape })
  .strict()
  .meta({ id: "ProfessionalisationContract", title: "Professionalisation contract", description: "Contrat de professionnalisation." });

/**
 * Alternance: a work-study contract whose kind the posting leaves open ("poste en alternance", "contrat
 * en alternance"): apprentissage or professionnalisation, chosen with the candidate. When the posting
 * names one, use `apprentissage` or `professionnalisation`; when it offers both, list both.
 */
export const WorkStudyContractSchema = z
  .object({ type: z.literal("alternance").meta({ description: 'Discriminator: always `"alternance"` for this variant.' }), ...workStudyShape })
  .strict()
  .meta({
    id: "WorkStudyContract",
    title: "Work-study (kind not stated)",
    description: "Alternance: an apprenticeship or professionalisation contract, the posting not saying which.",
  });

/** Stage: an internship under a convention de stage (Code de l'éducation L124-1). */
export const InternshipContractSchema = z
  .object({
    type: z.literal("stage").meta({ description: 'Discriminator: always `"stage"` for this variant.' }),
    duration: DurationSchema.optional().meta({ description: "The duration of the internship." }),
    studyLevel: EducationLevelSchema.optional().meta({ description: "The level of the studies the intern is enrolled in, when stated." }),
    note,
  })
  .strict()
  .meta({
    id: "InternshipContract",
    title: "Internship",
    description: "Stage under a convention de stage signed with the intern's school or university.",
  });

/**
 * The ten domains of the service civique (Code du service national L120-1 and the Agence du Service
 * Civique's list).
 */
export const ServiceCiviqueDomainSchema = z
  .enum([
    "solidarite",
    "sante",
    "education-pour-tous",
    "culture-et-loisirs",
    "sport",
    "environnement",
    "memoire-et-citoyennete",
    "developpement-international-et-action-humanitaire",
    "intervention-d-urgence",
    "citoyennete-europeenne",
  ])
  .meta({
    id: "ServiceCiviqueDomain",
    title: "Service civique domain",
    description:
      "The thematic domain of a service civique mission: solidarité, santé, éducation pour tous, culture et loisirs, sport, environnement, mémoire et citoyenneté, développement international et action humanitaire, intervention d'urgence en cas de crise, citoyenneté européenne.",
  });

/** The thematic domain of a service civique mission. */
export type { ServiceCiviqueDomain } from "../generated/types.js";

/** Engagement de service civique (Code du service national L120-1 and following). */
export const ServiceCiviqueContractSchema = z
  .object({
    type: z.literal("service-civique").meta({ description: 'Discriminator: always `"service-civique"` for this variant.' }),
    duration: DurationSchema.optional().meta({ description: "The length of the engagement (6 to 12 months by law)." }),
    weeklyHours: z
      .number()
      .positive()
      .max(70)
      .optional()
      .meta({
        description:
          "Hours per week as stated (24 to 48 by law, 35 at most for minors: the rule `service-civique/weekly-hours-out-of-range` judges it; the schema bounds it at 70 like any weekly hours).",
      }),
    domain: ServiceCiviqueDomainSchema.optional(),
    approvalNumber: label("The host's service-civique approval (agrément) number.", 50).optional(),
    openToMinors: z.boolean().optional().meta({ description: "True when the mission accepts volunteers aged 16 or 17." }),
    note,
  })
  .strict()
  .meta({ id: "ServiceCiviqueContract", title: "Service civique", description: "Engagement de service civique: a volunteer engagement, not an employment contract." });

/**
 * Freelance service: a mission for a self-employed person (micro-entrepreneur / auto-entrepreneur,
 * other independent status, or portage salarial), paid against an invoice.
 */
export const FreelanceContractSchema = z
  .object({
    type: z.literal("freelance").meta({ description: 'Discriminator: always `"freelance"` for this variant.' }),
    status: z
      .enum(["micro-entrepreneur", "independant", "portage-salarial", "any"])
      .optional()
      .meta({
        description:
          "The status the provider must have: micro-entrepreneur (auto-entrepreneur), any other independent status, portage salarial, or any.",
      }),
    duration: DurationSchema.optional().meta({ description: "The length of the mission." }),
    invoiceRequired: z.boolean().optional().meta({ description: 'True when the work is paid against an invoice ("votre prestation devra faire l\'objet d\'une facture").' }),
    quoteRequired: z.boolean().optional().meta({ description: "True when applicants must send a quote (devis)." }),
    proposalRequired: z.boolean().optional().meta({ description: "True when applicants must send a written proposal." }),
    prospects: ContractProspectsSchema.optional(),
    note,
  })
  .strict()
  .meta({ id: "FreelanceContract", title: "Freelance mission", description: "A service provided by a self-employed person, paid against an invoice." });

/** Bénévolat: unpaid volunteering. */
export const VolunteerContractSchema = z
  .object({
    type: z.literal("benevolat").meta({ description: 'Discriminator: always `"benevolat"` for this variant.' }),
    duration: DurationSchema.optional().meta({ description: "How long the commitment lasts, when stated." }),
    note,
  })
  .strict()
  .meta({ id: "VolunteerContract", title: "Volunteering", description: "Bénévolat: unpaid volunteering, no contract of employment." });

/** The contract offered, discriminated on `type`. */
export const ContractSchema = z
  .discriminatedUnion("type", [
    CdiContractSchema,
    CddContractSchema,
    InsertionContractSchema,
    ApprenticeshipContractSchema,
    ProfessionalisationContractSchema,
    WorkStudyContractSchema,
    InternshipContractSchema,
    ServiceCiviqueContractSchema,
    FreelanceContractSchema,
    VolunteerContractSchema,
  ])
  .meta({
    id: "Contract",
    title: "Contract",
    description:
      "The contract offered, discriminated on `type`: `cdi`, `cdd`, `insertion`, `apprentissage`, `professionnalisation`, `alternance` (one of the two, not stated), `stage`, `service-civique`, `freelance`, `benevolat`.",
  });

/** The contract offered. */
export type { Contract } from "../generated/types.js";
/** The values of {@link Contract}'s `type`. */
export type ContractType = Contract["type"];
/** A CDI. */
export type { CdiContract } from "../generated/types.js";
/** A CDD. */
export type { CddContract } from "../generated/types.js";
/** An insertion contract. */
export type { InsertionContract } from "../generated/types.js";
/** An apprenticeship. */
export type { ApprenticeshipContract } from "../generated/types.js";
/** A contrat de professionnalisation. */
export type { ProfessionalisationContract } from "../generated/types.js";
/** An alternance contract whose kind (apprentissage or professionnalisation) is not chosen. */
export type { WorkStudyContract } from "../generated/types.js";
/** An internship. */
export type { InternshipContract } from "../generated/types.js";
/** A service civique engagement. */
export type { ServiceCiviqueContract } from "../generated/types.js";
/** A freelance mission. */
export type { FreelanceContract } from "../generated/types.js";
/** Volunteering. */
export type { VolunteerContract } from "../generated/types.js";
/** The diploma a work-study contract prepares. */
export type { TargetQualification } from "../generated/types.js";
