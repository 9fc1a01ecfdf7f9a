// GENERATED FILE — do not edit. Written by scripts/generate-valibot.ts (npm run generate:valibot)
// from the zod schema, src/jobPosting/JobPostingSchema.ts, the one source of truth;
// test/valibot/upToDate.test.ts fails when it is out of date.

import * as v from "valibot";
import type { Task } from "../../content/ContentSchema.js";
import { REFINEMENTS } from "../../validate/REFINEMENTS.js";
import { array } from "../compat/array.js";
import { format } from "../compat/format.js";
import { int } from "../compat/int.js";
import { literal } from "../compat/literal.js";
import { maxLength } from "../compat/maxLength.js";
import { minLength } from "../compat/minLength.js";
import { number } from "../compat/number.js";
import { picklist } from "../compat/picklist.js";
import { strictObject } from "../compat/strictObject.js";
import { variant } from "../compat/variant.js";

/** A type as it is: lets an interface name the type of a schema (`interface XType extends Named<typeof X> {}`). */
type Named<T> = T;

/**
 * Legal form: The legal form of the organisation: association loi 1901, fondation, fonds de dotation, SCOP, SCIC, other coopérative, mutuelle, commercial company of the ESS, structure d'insertion, entreprise adaptée, groupement d'employeurs, public body, or an informal project without legal personality.
 */
export const LegalFormSchema = picklist([
  "association",
  "association-droit-local",
  "fondation",
  "fonds-de-dotation",
  "scop",
  "scic",
  "cooperative",
  "mutuelle",
  "entreprise-ess",
  "structure-insertion",
  "entreprise-adaptee",
  "groupement-employeurs",
  "public-body",
  "informal",
  "other",
]);

/** The type of {@link LegalFormSchema}. */
interface LegalFormSchemaType extends Named<typeof LegalFormSchema> {}

/**
 * Insertion structure type: The kind of structure d'insertion par l'activité économique: ACI, EI, AI, ETTI, EITI, or a GEIQ.
 */
export const InsertionStructureTypeSchema = picklist(["aci", "ei", "ai", "etti", "eiti", "geiq"]);

/** The type of {@link InsertionStructureTypeSchema}. */
interface InsertionStructureTypeSchemaType extends Named<typeof InsertionStructureTypeSchema> {}

/**
 * Cooperative type: The kind of coopérative: SCOP, SCIC, CAE (coopérative d'activité et d'emploi), coopérative de consommateurs, d'habitants, agricole, d'artisans, de commerçants, coopérative jeunesse de services, banque coopérative, other.
 */
export const CooperativeTypeSchema = picklist([
  "scop",
  "scic",
  "cae",
  "consommateurs",
  "habitants",
  "agricole",
  "artisans",
  "commercants",
  "jeunesse-services",
  "banque",
  "other",
]);

/** The type of {@link CooperativeTypeSchema}. */
interface CooperativeTypeSchemaType extends Named<typeof CooperativeTypeSchema> {}

/** Organisation identifiers: Official identifiers: SIREN, SIRET, RNA. */
export const OrganisationIdentifiersSchema = strictObject({
  /** SIREN number: 9 digits, no spaces, valid Luhn checksum. */
  siren: v.optional(v.pipe(v.string(), v.regex(/^[0-9]{9}$/), v.check(REFINEMENTS["organisation/siren-checksum"]))),
  /** SIRET number of the establishment: 14 digits, no spaces, valid checksum. */
  siret: v.optional(v.pipe(v.string(), v.regex(/^[0-9]{14}$/), v.check(REFINEMENTS["organisation/siret-checksum"]))),
  /**
   * RNA number of an association (répertoire national des associations): `W` followed by 9 characters (the second may be a letter for Corsica and overseas).
   */
  rna: v.optional(v.pipe(v.string(), v.regex(/^W[0-9A-Z][0-9]{8}$/))),
});

/** The type of {@link OrganisationIdentifiersSchema}. */
interface OrganisationIdentifiersSchemaType extends Named<typeof OrganisationIdentifiersSchema> {}

/**
 * Web address: An absolute `http` or `https` address, in ASCII (an internationalised domain in its punycode form).
 */
export const WebUrlSchema = v.pipe(v.string(), maxLength(2000), v.regex(/^https?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#@!\$&'()*+,;=%-]*)?$/));

/** The type of {@link WebUrlSchema}. */
interface WebUrlSchemaType extends Named<typeof WebUrlSchema> {}

/** Partial date: A date known to the year (`YYYY`), the month (`YYYY-MM`) or the day (`YYYY-MM-DD`). */
export const PartialDateSchema = v.pipe(v.string(), v.regex(/^(?:(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])(?:-(?:0[1-9]|1[0-2]))?|(?:(?:[0-9][0-9](?:[2468][048]|[13579][26]|0[48])|(?:[2468][048]|[13579][26]|0[48])00)-02-29|(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))))$/));

/** The type of {@link PartialDateSchema}. */
interface PartialDateSchemaType extends Named<typeof PartialDateSchema> {}

/**
 * Approval type: An official approval or recognition: agrément ESUS, service civique, jeunesse et éducation populaire, espace de vie sociale or centre social (CAF), reconnaissance d'utilité publique, intérêt général, IAE, other.
 */
export const ApprovalTypeSchema = picklist([
  "esus",
  "service-civique",
  "jeunesse-education-populaire",
  "espace-de-vie-sociale",
  "centre-social",
  "utilite-publique",
  "interet-general",
  "iae",
  "other",
]);

/** The type of {@link ApprovalTypeSchema}. */
interface ApprovalTypeSchemaType extends Named<typeof ApprovalTypeSchema> {}

/** Approval: An official approval (agrément) or recognition of the organisation. */
export const ApprovalSchema = strictObject({
  type: ApprovalTypeSchema as ApprovalTypeSchemaType,
  /**
   * Whether the approval is held (`granted`), applied for (`pending`) or being prepared (`in-preparation`, "en préfiguration").
   */
  status: v.optional(picklist(["granted", "pending", "in-preparation"])),
  /** The approval's reference number, when stated. */
  number: v.optional(v.pipe(v.string(), minLength(1), maxLength(100))),
  /** The approval as the posting words it. */
  label: v.optional(v.pipe(v.string(), minLength(1), maxLength(300))),
});

/** The type of {@link ApprovalSchema}. */
interface ApprovalSchemaType extends Named<typeof ApprovalSchema> {}

/** Member volunteering: The volunteering duties of the organisation's members. */
export const MemberVolunteeringSchema = strictObject({
  /** Hours given each time (3). */
  hours: v.optional(v.pipe(number(), v.gtValue(0), v.maxValue(100))),
  /** How often, in weeks (every 4 weeks: 4). */
  everyWeeks: v.optional(v.pipe(int(), v.safeInteger(), v.minValue(1), v.maxValue(52))),
  /** True when the person hired takes part too ("comme tous les coopérateurs, vous participez…"). */
  appliesToStaff: v.optional(v.boolean()),
  /** The duty as the posting words it ("3 heures de bénévolat toutes les 4 semaines"). */
  label: v.pipe(v.string(), minLength(1), maxLength(500)),
});

/** The type of {@link MemberVolunteeringSchema}. */
interface MemberVolunteeringSchemaType extends Named<typeof MemberVolunteeringSchema> {}

/** Organisation: The hiring organisation: name, legal form, identifiers, website, description. */
export const OrganisationSchema = strictObject({
  /** The organisation's name as it presents itself. */
  name: v.pipe(v.string(), minLength(1), maxLength(200)),
  /** A short name or acronym ("CGA"). */
  shortName: v.optional(v.pipe(v.string(), minLength(1), maxLength(100))),
  legalForm: v.optional(LegalFormSchema as LegalFormSchemaType),
  /** For a structure d'insertion (`legalForm: structure-insertion`): its kind. */
  insertionType: v.optional(InsertionStructureTypeSchema as InsertionStructureTypeSchemaType),
  /**
   * For a coopérative (`legalForm` `scop`, `scic` or `cooperative`): its kind (a CAE, a coopérative de consommateurs…).
   */
  cooperativeType: v.optional(CooperativeTypeSchema as CooperativeTypeSchemaType),
  identifiers: v.optional(OrganisationIdentifiersSchema as OrganisationIdentifiersSchemaType),
  website: v.optional(WebUrlSchema as WebUrlSchemaType),
  /** What the organisation does, as the posting presents it. */
  description: v.optional(v.pipe(v.string(), minLength(1), maxLength(20000))),
  /** When the organisation was founded (year, month or day). */
  foundedOn: v.optional(PartialDateSchema as PartialDateSchemaType),
  /** Approvals (agréments) held or in preparation. */
  approvals: v.optional(array(ApprovalSchema as ApprovalSchemaType, minLength(1), maxLength(20))),
  memberVolunteering: v.optional(MemberVolunteeringSchema as MemberVolunteeringSchemaType),
  /** True when the organisation belongs to the social and solidarity economy (loi 2014-856, art. 1). */
  ess: v.optional(v.boolean()),
});

/** The type of {@link OrganisationSchema}. */
interface OrganisationSchemaType extends Named<typeof OrganisationSchema> {}

/** Related organisation: An organisation related to the posting, with its role. */
export const RelatedOrganisationSchema = strictObject({
  /** The organisation's name as it presents itself. */
  name: v.pipe(v.string(), minLength(1), maxLength(200)),
  /** A short name or acronym ("CGA"). */
  shortName: v.optional(v.pipe(v.string(), minLength(1), maxLength(100))),
  legalForm: v.optional(LegalFormSchema as LegalFormSchemaType),
  /** For a structure d'insertion (`legalForm: structure-insertion`): its kind. */
  insertionType: v.optional(InsertionStructureTypeSchema as InsertionStructureTypeSchemaType),
  /**
   * For a coopérative (`legalForm` `scop`, `scic` or `cooperative`): its kind (a CAE, a coopérative de consommateurs…).
   */
  cooperativeType: v.optional(CooperativeTypeSchema as CooperativeTypeSchemaType),
  identifiers: v.optional(OrganisationIdentifiersSchema as OrganisationIdentifiersSchemaType),
  website: v.optional(WebUrlSchema as WebUrlSchemaType),
  /** What the organisation does, as the posting presents it. */
  description: v.optional(v.pipe(v.string(), minLength(1), maxLength(20000))),
  /** When the organisation was founded (year, month or day). */
  foundedOn: v.optional(PartialDateSchema as PartialDateSchemaType),
  /** Approvals (agréments) held or in preparation. */
  approvals: v.optional(array(ApprovalSchema as ApprovalSchemaType, minLength(1), maxLength(20))),
  /**
   * How the organisation relates to the posting: `host` (carries a project without legal personality), `fiscal-sponsor`, `co-host` (carries the offer jointly with the hiring organisation), `partner`, `funder`.
   */
  role: picklist(["host", "fiscal-sponsor", "co-host", "partner", "funder"]),
  /** How the relation is described ("liés par une convention de partenariat"). */
  relationship: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
});

/** The type of {@link RelatedOrganisationSchema}. */
interface RelatedOrganisationSchemaType extends Named<typeof RelatedOrganisationSchema> {}

/** Duration unit: The unit of a duration. */
export const DurationUnitSchema = picklist(["hour", "day", "week", "month", "year"]);

/** The type of {@link DurationUnitSchema}. */
interface DurationUnitSchemaType extends Named<typeof DurationUnitSchema> {}

/** Duration: A duration: a single `value` or a `min`/`max` range, in a unit. */
export const DurationSchema = strictObject({
  /** The duration, when a single figure is stated. */
  value: v.optional(v.pipe(number(), v.gtValue(0), v.maxValue(1000))),
  /** The shortest duration, for a stated range. */
  min: v.optional(v.pipe(number(), v.gtValue(0), v.maxValue(1000))),
  /** The longest duration, for a stated range. */
  max: v.optional(v.pipe(number(), v.gtValue(0), v.maxValue(1000))),
  unit: DurationUnitSchema as DurationUnitSchemaType,
  /** True when the figure is approximate ("environ 6 mois"). */
  approximate: v.optional(v.boolean()),
  /** True when the posting says the duration may be extended ("extension possible"). */
  extensionPossible: v.optional(v.boolean()),
  /** What an extension depends on ("en fonction de vos souhaits et des ressources disponibles"). */
  extensionConditions: v.optional(v.pipe(v.string(), minLength(1), maxLength(1000))),
});

/** The type of {@link DurationSchema}. */
interface DurationSchemaType extends Named<typeof DurationSchema> {}

/** CDI: Contrat à durée indéterminée. */
export const CdiContractSchema = strictObject({
  /** Discriminator: always `"cdi"` for this variant. */
  type: literal("cdi"),
  /** The trial period (période d'essai), when stated. */
  trialPeriod: v.optional(DurationSchema as DurationSchemaType),
  /** Anything else the posting says about the contract. */
  note: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
});

/** The type of {@link CdiContractSchema}. */
interface CdiContractSchemaType extends Named<typeof CdiContractSchema> {}

/**
 * CDD reason: The legal reason (motif) of a CDD: remplacement, accroissement temporaire d'activité, saisonnier, CDD d'usage, objet défini, employment-policy scheme (contrat aidé), complément de formation, CDD senior, other (Code du travail L1242-2, L1242-3).
 */
export const CddReasonSchema = picklist([
  "remplacement",
  "accroissement-temporaire",
  "saisonnier",
  "usage",
  "objet-defini",
  "politique-emploi",
  "complement-formation",
  "senior",
  "other",
]);

/** The type of {@link CddReasonSchema}. */
interface CddReasonSchemaType extends Named<typeof CddReasonSchema> {}

/** Contract prospects: What may follow the contract: renewal, a permanent position. */
export const ContractProspectsSchema = strictObject({
  /** True when the posting says the contract may be renewed. */
  renewalPossible: v.optional(v.boolean()),
  /**
   * True when a permanent position may follow ("opportunités de pérennisation", "possibilité d'embauche à terme").
   */
  permanentHirePossible: v.optional(v.boolean()),
  /** What the prospects depend on, as the posting says it. */
  conditions: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
});

/** The type of {@link ContractProspectsSchema}. */
interface ContractProspectsSchemaType extends Named<typeof ContractProspectsSchema> {}

/** CDD: Contrat à durée déterminée, with its duration, legal reason and prospects. */
export const CddContractSchema = strictObject({
  /** Discriminator: always `"cdd"` for this variant. */
  type: literal("cdd"),
  /** The initial duration of the contract. */
  duration: v.optional(DurationSchema as DurationSchemaType),
  reason: v.optional(CddReasonSchema as CddReasonSchemaType),
  /**
   * True for a CDD without a precise term (sans terme précis, Code du travail L1242-7): a replacement lasting "jusqu'au retour de la salariée", a season, a CDD d'usage. It ends when its object is fulfilled; a stated `duration` is then a minimum or a forecast, and no maximum applies.
   */
  withoutPreciseTerm: v.optional(v.boolean()),
  /** How many renewals are planned, when stated. */
  renewals: v.optional(v.pipe(int(), v.safeInteger(), v.minValue(0), v.maxValue(10))),
  prospects: v.optional(ContractProspectsSchema as ContractProspectsSchemaType),
  /** The trial period (période d'essai), when stated. */
  trialPeriod: v.optional(DurationSchema as DurationSchemaType),
  /** Anything else the posting says about the contract. */
  note: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
});

/** The type of {@link CddContractSchema}. */
interface CddContractSchemaType extends Named<typeof CddContractSchema> {}

/**
 * Insertion contract: A contract of the insertion par l'activité économique or of an entreprise adaptée.
 */
export const InsertionContractSchema = strictObject({
  /** Discriminator: always `"insertion"` for this variant. */
  type: literal("insertion"),
  /** Which insertion contract: CDDI, CTTI, mise à disposition (AI), CDD tremplin (EA). */
  form: picklist(["cddi", "ctti", "mise-a-disposition", "cdd-tremplin"]),
  /** The initial duration of the contract. */
  duration: v.optional(DurationSchema as DurationSchemaType),
  prospects: v.optional(ContractProspectsSchema as ContractProspectsSchemaType),
  /** The trial period (période d'essai), when stated. */
  trialPeriod: v.optional(DurationSchema as DurationSchemaType),
  /** Anything else the posting says about the contract. */
  note: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
});

/** The type of {@link InsertionContractSchema}. */
interface InsertionContractSchemaType extends Named<typeof InsertionContractSchema> {}

/**
 * Education level: A level of the French nomenclature of diploma levels (décret 2019-14): 3 CAP/BEP, 4 Bac, 5 Bac+2, 6 Bac+3/Bac+4 (licence), 7 Bac+5 (master), 8 doctorat.
 */
export const EducationLevelSchema = v.pipe(int(), v.safeInteger(), v.minValue(3), v.maxValue(8));

/** The type of {@link EducationLevelSchema}. */
interface EducationLevelSchemaType extends Named<typeof EducationLevelSchema> {}

/** Target qualification: The diploma or professional title a work-study contract prepares. */
export const TargetQualificationSchema = strictObject({
  /** The diploma or title prepared ("BTS Communication"). */
  title: v.pipe(v.string(), minLength(1), maxLength(300)),
  level: v.optional(EducationLevelSchema as EducationLevelSchemaType),
  /** The school or training centre (CFA), when stated. */
  school: v.optional(v.pipe(v.string(), minLength(1), maxLength(300))),
});

/** The type of {@link TargetQualificationSchema}. */
interface TargetQualificationSchemaType extends Named<typeof TargetQualificationSchema> {}

/** Apprenticeship: Contrat d'apprentissage. */
export const ApprenticeshipContractSchema = strictObject({
  /** Discriminator: always `"apprentissage"` for this variant. */
  type: literal("apprentissage"),
  /** The duration of the contract. */
  duration: v.optional(DurationSchema as DurationSchemaType),
  qualification: v.optional(TargetQualificationSchema as TargetQualificationSchemaType),
  /** The alternation rhythm ("3 jours en entreprise, 2 jours en CFA"). */
  rhythm: v.optional(v.pipe(v.string(), minLength(1), maxLength(300))),
  /** Anything else the posting says about the contract. */
  note: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
});

/** The type of {@link ApprenticeshipContractSchema}. */
interface ApprenticeshipContractSchemaType extends Named<typeof ApprenticeshipContractSchema> {}

/** Professionalisation contract: Contrat de professionnalisation. */
export const ProfessionalisationContractSchema = strictObject({
  /** Discriminator: always `"professionnalisation"` for this variant. */
  type: literal("professionnalisation"),
  /** The duration of the contract. */
  duration: v.optional(DurationSchema as DurationSchemaType),
  qualification: v.optional(TargetQualificationSchema as TargetQualificationSchemaType),
  /** The alternation rhythm ("3 jours en entreprise, 2 jours en CFA"). */
  rhythm: v.optional(v.pipe(v.string(), minLength(1), maxLength(300))),
  /** Anything else the posting says about the contract. */
  note: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
});

/** The type of {@link ProfessionalisationContractSchema}. */
interface ProfessionalisationContractSchemaType extends Named<typeof ProfessionalisationContractSchema> {}

/**
 * Work-study (kind not stated): Alternance: an apprenticeship or professionalisation contract, the posting not saying which.
 */
export const WorkStudyContractSchema = strictObject({
  /** Discriminator: always `"alternance"` for this variant. */
  type: literal("alternance"),
  /** The duration of the contract. */
  duration: v.optional(DurationSchema as DurationSchemaType),
  qualification: v.optional(TargetQualificationSchema as TargetQualificationSchemaType),
  /** The alternation rhythm ("3 jours en entreprise, 2 jours en CFA"). */
  rhythm: v.optional(v.pipe(v.string(), minLength(1), maxLength(300))),
  /** Anything else the posting says about the contract. */
  note: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
});

/** The type of {@link WorkStudyContractSchema}. */
interface WorkStudyContractSchemaType extends Named<typeof WorkStudyContractSchema> {}

/** Internship: Stage under a convention de stage signed with the intern's school or university. */
export const InternshipContractSchema = strictObject({
  /** Discriminator: always `"stage"` for this variant. */
  type: literal("stage"),
  /** The duration of the internship. */
  duration: v.optional(DurationSchema as DurationSchemaType),
  /** The level of the studies the intern is enrolled in, when stated. */
  studyLevel: v.optional(EducationLevelSchema as EducationLevelSchemaType),
  /** Anything else the posting says about the contract. */
  note: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
});

/** The type of {@link InternshipContractSchema}. */
interface InternshipContractSchemaType extends Named<typeof InternshipContractSchema> {}

/**
 * Service civique domain: The thematic domain of a service civique mission: solidarité, santé, éducation pour tous, culture et loisirs, sport, environnement, mémoire et citoyenneté, développement international et action humanitaire, intervention d'urgence en cas de crise, citoyenneté européenne.
 */
export const ServiceCiviqueDomainSchema = picklist([
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
]);

/** The type of {@link ServiceCiviqueDomainSchema}. */
interface ServiceCiviqueDomainSchemaType extends Named<typeof ServiceCiviqueDomainSchema> {}

/** Service civique: Engagement de service civique: a volunteer engagement, not an employment contract. */
export const ServiceCiviqueContractSchema = strictObject({
  /** Discriminator: always `"service-civique"` for this variant. */
  type: literal("service-civique"),
  /** The length of the engagement (6 to 12 months by law). */
  duration: v.optional(DurationSchema as DurationSchemaType),
  /**
   * Hours per week as stated (24 to 48 by law, 35 at most for minors: the rule `service-civique/weekly-hours-out-of-range` judges it; the schema bounds it at 70 like any weekly hours).
   */
  weeklyHours: v.optional(v.pipe(number(), v.gtValue(0), v.maxValue(70))),
  domain: v.optional(ServiceCiviqueDomainSchema as ServiceCiviqueDomainSchemaType),
  /** The host's service-civique approval (agrément) number. */
  approvalNumber: v.optional(v.pipe(v.string(), minLength(1), maxLength(50))),
  /** True when the mission accepts volunteers aged 16 or 17. */
  openToMinors: v.optional(v.boolean()),
  /** Anything else the posting says about the contract. */
  note: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
});

/** The type of {@link ServiceCiviqueContractSchema}. */
interface ServiceCiviqueContractSchemaType extends Named<typeof ServiceCiviqueContractSchema> {}

/** Freelance mission: A service provided by a self-employed person, paid against an invoice. */
export const FreelanceContractSchema = strictObject({
  /** Discriminator: always `"freelance"` for this variant. */
  type: literal("freelance"),
  /**
   * The status the provider must have: micro-entrepreneur (auto-entrepreneur), any other independent status, portage salarial, or any.
   */
  status: v.optional(picklist(["micro-entrepreneur", "independant", "portage-salarial", "any"])),
  /** The length of the mission. */
  duration: v.optional(DurationSchema as DurationSchemaType),
  /**
   * True when the work is paid against an invoice ("votre prestation devra faire l'objet d'une facture").
   */
  invoiceRequired: v.optional(v.boolean()),
  /** True when applicants must send a quote (devis). */
  quoteRequired: v.optional(v.boolean()),
  /** True when applicants must send a written proposal. */
  proposalRequired: v.optional(v.boolean()),
  prospects: v.optional(ContractProspectsSchema as ContractProspectsSchemaType),
  /** Anything else the posting says about the contract. */
  note: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
});

/** The type of {@link FreelanceContractSchema}. */
interface FreelanceContractSchemaType extends Named<typeof FreelanceContractSchema> {}

/** Volunteering: Bénévolat: unpaid volunteering, no contract of employment. */
export const VolunteerContractSchema = strictObject({
  /** Discriminator: always `"benevolat"` for this variant. */
  type: literal("benevolat"),
  /** How long the commitment lasts, when stated. */
  duration: v.optional(DurationSchema as DurationSchemaType),
  /** Anything else the posting says about the contract. */
  note: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
});

/** The type of {@link VolunteerContractSchema}. */
interface VolunteerContractSchemaType extends Named<typeof VolunteerContractSchema> {}

/**
 * Contract: The contract offered, discriminated on `type`: `cdi`, `cdd`, `insertion`, `apprentissage`, `professionnalisation`, `alternance` (one of the two, not stated), `stage`, `service-civique`, `freelance`, `benevolat`.
 */
export const ContractSchema = variant("type", [
  CdiContractSchema as CdiContractSchemaType,
  CddContractSchema as CddContractSchemaType,
  InsertionContractSchema as InsertionContractSchemaType,
  ApprenticeshipContractSchema as ApprenticeshipContractSchemaType,
  ProfessionalisationContractSchema as ProfessionalisationContractSchemaType,
  WorkStudyContractSchema as WorkStudyContractSchemaType,
  InternshipContractSchema as InternshipContractSchemaType,
  ServiceCiviqueContractSchema as ServiceCiviqueContractSchemaType,
  FreelanceContractSchema as FreelanceContractSchemaType,
  VolunteerContractSchema as VolunteerContractSchemaType,
]);

/** The type of {@link ContractSchema}. */
interface ContractSchemaType extends Named<typeof ContractSchema> {}

/**
 * Public scheme type: A public employment scheme riding on the contract: emploi tremplin (Île-de-France, historical), PEC (CUI-CAE), CUI-CIE, adulte-relais, poste FONJEP, IAE, emploi d'avenir (historical), other.
 */
export const PublicSchemeTypeSchema = picklist([
  "emploi-tremplin",
  "pec",
  "cui-cie",
  "adulte-relais",
  "fonjep",
  "iae",
  "emploi-avenir",
  "other",
]);

/** The type of {@link PublicSchemeTypeSchema}. */
interface PublicSchemeTypeSchemaType extends Named<typeof PublicSchemeTypeSchema> {}

/** Public scheme: A public employment scheme under which the job is offered. */
export const PublicSchemeSchema = strictObject({
  type: PublicSchemeTypeSchema as PublicSchemeTypeSchemaType,
  /** The scheme as the posting names it ("emploi tremplin"). */
  name: v.optional(v.pipe(v.string(), minLength(1), maxLength(300))),
  /** INSEE code of the region running a regional scheme (`11` for Île-de-France). */
  region: v.optional(v.pipe(v.string(), v.regex(/^[0-9]{2}$/))),
  /** Anything else the posting says about the scheme. */
  note: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
});

/** The type of {@link PublicSchemeSchema}. */
interface PublicSchemeSchemaType extends Named<typeof PublicSchemeSchema> {}

/**
 * IDCC: The IDCC number of a collective agreement, as a 4-digit string with leading zeros (`"1518"`, `"0413"`).
 */
export const IdccSchema = v.pipe(v.string(), v.regex(/^[0-9]{4}$/));

/** The type of {@link IdccSchema}. */
interface IdccSchemaType extends Named<typeof IdccSchema> {}

/** Classification: A position in a collective agreement's classification grid. */
export const ClassificationSchema = strictObject({
  /** The socio-professional category: ouvrier/employé, technicien/agent de maîtrise (TAM), cadre. */
  category: v.optional(picklist(["ouvrier-employe", "technicien-agent-de-maitrise", "cadre"])),
  /** The group, level or category letter or number in the grid (`"A"`, `"B"`, `"3"`). */
  group: v.optional(v.pipe(v.string(), v.regex(/^[A-Z0-9]{1,4}$/))),
  /** The coefficient (indice, points) of the position. */
  coefficient: v.optional(v.pipe(int(), v.safeInteger(), v.minValue(1), v.maxValue(2000))),
  /** A level within the group, for grids that have one. */
  level: v.optional(v.pipe(int(), v.safeInteger(), v.minValue(1), v.maxValue(20))),
  /** Years of seniority, for grids whose steps depend on it (CCN 66); the entry step when absent. */
  seniorityYears: v.optional(v.pipe(int(), v.safeInteger(), v.minValue(0), v.maxValue(60))),
  /**
   * The classification as the posting words it ("Employé A 255"), or the métier ("éducateur spécialisé").
   */
  label: v.optional(v.pipe(v.string(), minLength(1), maxLength(200))),
});

/** The type of {@link ClassificationSchema}. */
interface ClassificationSchemaType extends Named<typeof ClassificationSchema> {}

/**
 * Collective agreement: The convention collective (by IDCC) that applies, and the job's classification in its grid.
 */
export const CollectiveAgreementSchema = strictObject({
  idcc: IdccSchema as IdccSchemaType,
  /** The agreement as the posting names it ("Animation - ECLAT"). */
  name: v.optional(v.pipe(v.string(), minLength(1), maxLength(300))),
  classification: v.optional(ClassificationSchema as ClassificationSchemaType),
});

/** The type of {@link CollectiveAgreementSchema}. */
interface CollectiveAgreementSchemaType extends Named<typeof CollectiveAgreementSchema> {}

/** Occupation: The occupation, coded in France Travail's ROME when known. */
export const OccupationSchema = strictObject({
  /** ROME code of the occupation (`K1206`). */
  romeCode: v.optional(v.pipe(v.string(), v.regex(/^[A-N][0-9]{4}$/))),
  /** The occupation's name. */
  label: v.optional(v.pipe(v.string(), minLength(1), maxLength(200))),
});

/** The type of {@link OccupationSchema}. */
interface OccupationSchemaType extends Named<typeof OccupationSchema> {}

/** Reporting line: Whom the job reports to, its team, and whom it works closely with. */
export const ReportingLineSchema = strictObject({
  /** The role the job reports to, as the posting words it ("délégué général"). */
  reportsTo: v.optional(v.pipe(v.string(), minLength(1), maxLength(300))),
  /** The team the job belongs to ("équipe Projets"). */
  team: v.optional(v.pipe(v.string(), minLength(1), maxLength(300))),
  /** Roles or bodies the job works closely with. */
  worksWith: v.optional(array(v.pipe(v.string(), minLength(1), maxLength(300)), minLength(1), maxLength(20))),
  /**
   * True when the job must report on its activity regularly ("un pilote à qui vous ferez régulièrement le rapport de votre activité").
   */
  regularReports: v.optional(v.boolean()),
});

/** The type of {@link ReportingLineSchema}. */
interface ReportingLineSchemaType extends Named<typeof ReportingLineSchema> {}

/** Weekly hours: Hours per week: a single `value` or a `min`/`max` range. */
export const WeeklyHoursSchema = strictObject({
  /** Hours per week, when a single figure is stated. */
  value: v.optional(v.pipe(number(), v.gtValue(0), v.maxValue(70))),
  /** Fewest hours per week, for a range. */
  min: v.optional(v.pipe(number(), v.gtValue(0), v.maxValue(70))),
  /** Most hours per week, for a range. */
  max: v.optional(v.pipe(number(), v.gtValue(0), v.maxValue(70))),
});

/** The type of {@link WeeklyHoursSchema}. */
interface WeeklyHoursSchemaType extends Named<typeof WeeklyHoursSchema> {}

/** Recurring availability: A recurring availability the job requires. */
export const RecurringAvailabilitySchema = strictObject({
  /** The commitment as the posting words it. */
  label: v.pipe(v.string(), minLength(1), maxLength(300)),
  /** What is counted. */
  unit: v.optional(picklist(["hour", "half-day", "day", "evening"])),
  /** Fewest per week. */
  min: v.optional(v.pipe(number(), v.gtValue(0), v.maxValue(40))),
  /** Most per week. */
  max: v.optional(v.pipe(number(), v.gtValue(0), v.maxValue(40))),
  /** What it is for ("visites terrain, rendez-vous partenaires"). */
  purpose: v.optional(v.pipe(v.string(), minLength(1), maxLength(300))),
});

/** The type of {@link RecurringAvailabilitySchema}. */
interface RecurringAvailabilitySchemaType extends Named<typeof RecurringAvailabilitySchema> {}

/** Working time: Full or part time, hours, schedule constraints. */
export const WorkingTimeSchema = strictObject({
  /** Full time (temps plein) or part time (temps partiel). */
  schedule: v.optional(picklist(["full-time", "part-time"])),
  weeklyHours: v.optional(WeeklyHoursSchema as WeeklyHoursSchemaType),
  /** Share of full time (`0.5` for "mi-temps", `0.8` for "80 %"). */
  fraction: v.optional(v.pipe(number(), v.gtValue(0), v.maxValue(1))),
  /**
   * Working-time reduction days a year ("15 jours RTT"): the hours above the legal week are compensated by days off under an arrangement over the year (Code du travail L3121-44), so the monthly pay is smoothed on the legal week.
   */
  rttDaysPerYear: v.optional(v.pipe(int(), v.safeInteger(), v.minValue(1), v.maxValue(60))),
  /** Working time as the posting words it ("mi-temps", "35 h"). */
  label: v.optional(v.pipe(v.string(), minLength(1), maxLength(200))),
  /**
   * True when the worker organises their own time ("c'est vous qui gérez l'allocation de votre charge de travail").
   */
  selfManaged: v.optional(v.boolean()),
  /** True when evening work or availability is expected. */
  evenings: v.optional(v.boolean()),
  /** True when weekend work or availability is expected. */
  weekends: v.optional(v.boolean()),
  /** Recurring commitments. */
  availability: v.optional(array(RecurringAvailabilitySchema as RecurringAvailabilitySchemaType, minLength(1), maxLength(10))),
  /** Anything else the posting says of the schedule. */
  note: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
});

/** The type of {@link WorkingTimeSchema}. */
interface WorkingTimeSchemaType extends Named<typeof WorkingTimeSchema> {}

/**
 * Pay period: What the amount is counted per: hour, day, week, month, year, or the whole mission (`mission`).
 */
export const PayPeriodSchema = picklist(["hour", "day", "week", "month", "year", "mission"]);

/** The type of {@link PayPeriodSchema}. */
interface PayPeriodSchemaType extends Named<typeof PayPeriodSchema> {}

/** Pay amount: An amount or range of money, per period, gross or net. */
export const PayAmountSchema = strictObject({
  /** The amount, when a single figure is stated. */
  value: v.optional(v.pipe(number(), v.minValue(0), v.maxValue(10000000))),
  /** The lower bound of a stated range. */
  min: v.optional(v.pipe(number(), v.minValue(0), v.maxValue(10000000))),
  /** The upper bound of a stated range. */
  max: v.optional(v.pipe(number(), v.minValue(0), v.maxValue(10000000))),
  /** ISO 4217 currency code. Only `EUR` is supported. */
  currency: literal("EUR"),
  period: PayPeriodSchema as PayPeriodSchemaType,
  /** Gross (brut, before employee contributions) or net. Absent when the posting does not say. */
  basis: v.optional(picklist(["gross", "net"])),
  /** For a fee invoiced by a provider: before (HT) or including (TTC) VAT, when stated. */
  tax: v.optional(picklist(["excluding-vat", "including-vat"])),
  /** For a monthly salary: on how many months it is paid (12, 13 with a 13th month…). */
  monthsPerYear: v.optional(v.pipe(number(), v.minValue(12), v.maxValue(14))),
  /**
   * The weekly hours the amount is for, when stated with it ("1 000 € net par mois pour 18 heures par semaine").
   */
  weeklyHours: v.optional(v.pipe(number(), v.gtValue(0), v.maxValue(70))),
  /** True when the posting gives the figure as approximate ("environ", "à hauteur d'environ"). */
  approximate: v.optional(v.boolean()),
});

/** The type of {@link PayAmountSchema}. */
interface PayAmountSchemaType extends Named<typeof PayAmountSchema> {}

/**
 * Pay factor: What the pay depends on: qualification, experience, profile, age, seniority, hours worked.
 */
export const PayFactorSchema = picklist(["qualification", "experience", "profile", "age", "seniority", "hours"]);

/** The type of {@link PayFactorSchema}. */
interface PayFactorSchemaType extends Named<typeof PayFactorSchema> {}

/** Expenses envelope: An envelope for expenses, separate from the pay or fee. */
export const ExpensesEnvelopeSchema = strictObject({
  amount: v.optional(PayAmountSchema as PayAmountSchemaType),
  /** What it covers ("frais d'impression, fournitures"). */
  covers: v.optional(v.pipe(v.string(), minLength(1), maxLength(500))),
  /** How spending is approved ("validée au fil de l'eau par le bureau"). */
  approval: v.optional(v.pipe(v.string(), minLength(1), maxLength(500))),
});

/** The type of {@link ExpensesEnvelopeSchema}. */
interface ExpensesEnvelopeSchemaType extends Named<typeof ExpensesEnvelopeSchema> {}

/** Pay: What the posting says about pay, structured. */
export const PaySchema = strictObject({
  /** The stated amount or range. */
  amount: v.optional(PayAmountSchema as PayAmountSchemaType),
  /**
   * True when pay follows the collective agreement's grid for the stated classification (`collectiveAgreement`).
   */
  followsAgreement: v.optional(v.boolean()),
  /**
   * True when a negotiated complement is added to the grid amount ("le barème fixé par le statut sera complété").
   */
  complementNegotiable: v.optional(v.boolean()),
  /** True when pay is open to negotiation ("à négocier"). */
  negotiable: v.optional(v.boolean()),
  /** What the pay depends on. */
  dependsOn: v.optional(array(PayFactorSchema as PayFactorSchemaType, minLength(1), maxLength(6))),
  /**
   * True when pay is the legal amount for the contract ("selon les règles de rémunération en vigueur"): service-civique indemnity, stage gratification, apprentice minimum.
   */
  statutory: v.optional(v.boolean()),
  /** A freelance daily rate, when stated. */
  dailyRate: v.optional(PayAmountSchema as PayAmountSchemaType),
  /** True when applicants must state their own daily rate ("en précisant votre tarif journalier"). */
  dailyRateToPropose: v.optional(v.boolean()),
  expenses: v.optional(ExpensesEnvelopeSchema as ExpensesEnvelopeSchemaType),
  /**
   * Pay stated relative to the SMIC (a percentage of it, or the SMIC plus an amount); plain "SMIC" is `statutory`.
   */
  smic: v.optional(strictObject({
    /**
     * The pay in percent of the SMIC: 110 for "110 % du SMIC" or "SMIC + 10 %", 120 for "1,2 fois le SMIC".
     */
    percent: v.optional(v.pipe(number(), v.gtValue(0), v.maxValue(1000))),
    /** An amount added to the SMIC, per hour or month ("SMIC horaire + 1 €"). */
    plus: v.optional(PayAmountSchema as PayAmountSchemaType),
  })),
  /**
   * A service-civique indemnity stated as its parts: "465,83 € par l'État, à laquelle s'ajoute un complément de 106,04 € pris en charge par l'organisme d'accueil".
   */
  serviceCiviqueIndemnity: v.optional(strictObject({
    /** The part the State pays (the indemnity proper, Code du service national R121-23). */
    state: v.optional(PayAmountSchema as PayAmountSchemaType),
    /** The part the host pays (the prestation de subsistance, R121-25). */
    host: v.optional(PayAmountSchema as PayAmountSchemaType),
  })),
  /** The pay statement exactly as the posting words it. */
  text: v.optional(v.pipe(v.string(), minLength(1), maxLength(1000))),
});

/** The type of {@link PaySchema}. */
interface PaySchemaType extends Named<typeof PaySchema> {}

/** Département code: A French département code: `01`–`95`, `2A`, `2B`, `971`–`976`. */
export const DepartementCodeSchema = v.pipe(v.string(), v.regex(/^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$/));

/** The type of {@link DepartementCodeSchema}. */
interface DepartementCodeSchemaType extends Named<typeof DepartementCodeSchema> {}

/** Address: A postal address, with the French codes (INSEE commune, département). */
export const AddressSchema = strictObject({
  /** Street address ("24 rue de l'Est"). */
  street: v.optional(v.pipe(v.string(), minLength(1), maxLength(300))),
  /** French postal code, 5 digits. */
  postalCode: v.optional(v.pipe(v.string(), v.regex(/^[0-9]{5}$/))),
  /** Name of the commune ("L'Île-Saint-Denis"). */
  commune: v.optional(v.pipe(v.string(), minLength(1), maxLength(150))),
  /** INSEE code of the commune (code officiel géographique), 5 characters: `75107` for Paris 7e. */
  inseeCode: v.optional(v.pipe(v.string(), v.regex(/^([0-9]{2}|2A|2B)[0-9]{3}$/))),
  /** Municipal arrondissement in Paris (1–20), Lyon (1–9) or Marseille (1–16). */
  arrondissement: v.optional(v.pipe(int(), v.safeInteger(), v.minValue(1), v.maxValue(20))),
  departement: v.optional(DepartementCodeSchema as DepartementCodeSchemaType),
  /** Region name. */
  region: v.optional(v.pipe(v.string(), minLength(1), maxLength(100))),
  /** ISO 3166-1 alpha-2 country code (`FR`). */
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
});

/** The type of {@link AddressSchema}. */
interface AddressSchemaType extends Named<typeof AddressSchema> {}

/** Place: A place of work. */
export const PlaceSchema = strictObject({
  /** The place's name ("Coworking solidaire la Ruche", "La Vayssade"). */
  name: v.optional(v.pipe(v.string(), minLength(1), maxLength(200))),
  /**
   * What kind of place: the organisation's office, a coworking space, field work, home, a partner's premises, an event venue, other.
   */
  kind: v.optional(picklist(["office", "coworking", "field", "home", "partner-premises", "event", "other"])),
  address: v.optional(AddressSchema as AddressSchemaType),
  /** True for the main place of work when there are several. */
  main: v.optional(v.boolean()),
  /** Anything else the posting says of this place. */
  note: v.optional(v.pipe(v.string(), minLength(1), maxLength(500))),
});

/** The type of {@link PlaceSchema}. */
interface PlaceSchemaType extends Named<typeof PlaceSchema> {}

/** Remote work: Télétravail: policy, days per week, conditions. */
export const RemoteWorkSchema = strictObject({
  /**
   * `none` (on site), `occasional` (now and then, no set days: "télétravail ponctuel possible", "occasionnel"), `partial` (some days or tasks remote every week, hybrid), `full` (fully remote allowed).
   */
  policy: picklist(["none", "occasional", "partial", "full"]),
  /** Remote days per week allowed (at most). */
  daysPerWeek: v.optional(v.pipe(number(), v.gtValue(0), v.maxValue(5))),
  /** True when the remote days are chosen freely ("flexibles"). */
  flexibleDays: v.optional(v.boolean()),
  /** True when remote work starts only after onboarding ("à l'issue de l'intégration"). */
  afterOnboarding: v.optional(v.boolean()),
  /** Conditions stated ("pour les tâches ne nécessitant pas de rencontrer les adhérents"). */
  conditions: v.optional(v.pipe(v.string(), minLength(1), maxLength(500))),
  /**
   * Where a remote worker must live, as ISO 3166-1 alpha-2 country codes (`["FR", "BE"]`); absent: France.
   */
  applicantCountries: v.optional(array(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)), minLength(1), maxLength(50))),
});

/** The type of {@link RemoteWorkSchema}. */
interface RemoteWorkSchemaType extends Named<typeof RemoteWorkSchema> {}

/** Travel: Travel (déplacements) the job involves. */
export const TravelSchema = strictObject({
  /** How often, when the posting says: none, occasional ("ponctuels"), frequent, daily. */
  frequency: v.optional(picklist(["none", "occasional", "frequent", "daily"])),
  /** How far. */
  area: v.optional(picklist(["local", "departmental", "regional", "national", "international"])),
  /** Anything else stated ("sur le terrain, à Romainville, Bondy et/ou Épinay"). */
  note: v.optional(v.pipe(v.string(), minLength(1), maxLength(500))),
});

/** The type of {@link TravelSchema}. */
interface TravelSchemaType extends Named<typeof TravelSchema> {}

/** Location: Where the work is done: places, remote work, travel. */
export const LocationSchema = strictObject({
  /** Places of work; the first (or the one marked `main`) is the main one. */
  places: v.optional(array(PlaceSchema as PlaceSchemaType, minLength(1), maxLength(20))),
  /**
   * True when the worker chooses where to work ("variable en fonction de vos possibilités et préférences").
   */
  placeChosenByWorker: v.optional(v.boolean()),
  remote: v.optional(RemoteWorkSchema as RemoteWorkSchemaType),
  travel: v.optional(TravelSchema as TravelSchemaType),
  /** Anything else the posting says of the place of work. */
  note: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
});

/** The type of {@link LocationSchema}. */
interface LocationSchemaType extends Named<typeof LocationSchema> {}

/** ISO date: A calendar date, ISO 8601 `YYYY-MM-DD`, from year 0001. */
export const IsoDateSchema = v.pipe(v.string(), format("date", /^(?:(?:[0-9][0-9](?:[2468][048]|[13579][26]|0[48])|(?:[2468][048]|[13579][26]|0[48])00)-02-29|(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8])))$/));

/** The type of {@link IsoDateSchema}. */
interface IsoDateSchemaType extends Named<typeof IsoDateSchema> {}

/**
 * Part of the period: Which part of the month (or year) is meant: `early` ("début"), `mid` ("mi-"), `late` ("fin").
 */
export const DatePartSchema = picklist(["early", "mid", "late"]);

/** The type of {@link DatePartSchema}. */
interface DatePartSchemaType extends Named<typeof DatePartSchema> {}

/**
 * Approximate date: A date as precisely as the posting states it: a year, a month or a day, optionally narrowed to the early, middle or late part of it ("mi-mars 2015").
 */
export const ApproximateDateSchema = strictObject({
  date: PartialDateSchema as PartialDateSchemaType,
  part: v.optional(DatePartSchema as DatePartSchemaType),
});

/** The type of {@link ApproximateDateSchema}. */
interface ApproximateDateSchemaType extends Named<typeof ApproximateDateSchema> {}

/** Start date: When the job starts. */
export const StartDateSchema = strictObject({
  /** True for "dès que possible". */
  asap: v.optional(v.boolean()),
  /** The start date, or the earliest start ("à partir de"). */
  earliest: v.optional(ApproximateDateSchema as ApproximateDateSchemaType),
  /** The latest start, when a window is given. */
  latest: v.optional(ApproximateDateSchema as ApproximateDateSchemaType),
  /** Alternative dates ("mai ou juin"). */
  oneOf: v.optional(array(ApproximateDateSchema as ApproximateDateSchemaType, minLength(2), maxLength(6))),
  /** The start as the posting words it. */
  label: v.optional(v.pipe(v.string(), minLength(1), maxLength(300))),
});

/** The type of {@link StartDateSchema}. */
interface StartDateSchemaType extends Named<typeof StartDateSchema> {}

/** Milestone: A dated event of the job the posting mentions. */
export const MilestoneSchema = strictObject({
  /** What happens. */
  label: v.pipe(v.string(), minLength(1), maxLength(500)),
  /** When, if a single date. */
  date: v.optional(ApproximateDateSchema as ApproximateDateSchemaType),
  /** When, if alternatives. */
  oneOf: v.optional(array(ApproximateDateSchema as ApproximateDateSchemaType, minLength(2), maxLength(6))),
});

/** The type of {@link MilestoneSchema}. */
interface MilestoneSchemaType extends Named<typeof MilestoneSchema> {}

/** Dates: Dates of the posting and of the job. */
export const PostingDatesSchema = strictObject({
  /** When the posting was published (Code du travail L5332-1: every posting is dated). */
  posted: v.optional(IsoDateSchema as IsoDateSchemaType),
  /** When it was last updated. */
  updated: v.optional(IsoDateSchema as IsoDateSchemaType),
  start: v.optional(StartDateSchema as StartDateSchemaType),
  /** When the job or mission ends ("jusqu'à juin 2024"). */
  end: v.optional(ApproximateDateSchema as ApproximateDateSchemaType),
  /** Dated events of the job. */
  milestones: v.optional(array(MilestoneSchema as MilestoneSchemaType, minLength(1), maxLength(20))),
});

/** The type of {@link PostingDatesSchema}. */
interface PostingDatesSchemaType extends Named<typeof PostingDatesSchema> {}

/**
 * Requirement strength: How strongly a requirement is meant: `required` ("exigé", "minimum"), `preferred` ("souhaité", "un plus"), `learnable` (may be learnt on the job).
 */
export const RequirementStrengthSchema = picklist(["required", "preferred", "learnable"]);

/** The type of {@link RequirementStrengthSchema}. */
interface RequirementStrengthSchemaType extends Named<typeof RequirementStrengthSchema> {}

/** Education requirement: A diploma level and fields of study. */
export const EducationRequirementSchema = strictObject({
  level: v.optional(EducationLevelSchema as EducationLevelSchemaType),
  /** The diploma as the posting words it ("Master II", "Bac + 2 minimum"). */
  label: v.optional(v.pipe(v.string(), minLength(1), maxLength(300))),
  /** Fields of study accepted ("ESS", "sciences humaines et sociales"). */
  fields: v.optional(array(v.pipe(v.string(), minLength(1), maxLength(300)), minLength(1), maxLength(30))),
  strength: RequirementStrengthSchema as RequirementStrengthSchemaType,
});

/** The type of {@link EducationRequirementSchema}. */
interface EducationRequirementSchemaType extends Named<typeof EducationRequirementSchema> {}

/** Experience requirement: Years and domain of professional (or volunteer) experience. */
export const ExperienceRequirementSchema = strictObject({
  /** Minimum years of experience. */
  years: v.optional(v.pipe(number(), v.minValue(0), v.maxValue(50))),
  /** In what the experience is expected ("conduite de projets"). */
  domain: v.optional(v.pipe(v.string(), minLength(1), maxLength(300))),
  /** The requirement as the posting words it. */
  label: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
  strength: RequirementStrengthSchema as RequirementStrengthSchemaType,
});

/** The type of {@link ExperienceRequirementSchema}. */
interface ExperienceRequirementSchemaType extends Named<typeof ExperienceRequirementSchema> {}

/** Skill: A skill (savoir-faire) expected of the applicant. */
export const SkillSchema = strictObject({
  /** The skill. */
  label: v.pipe(v.string(), minLength(1), maxLength(300)),
  /** The heading the posting lists it under ("Communication"). */
  group: v.optional(v.pipe(v.string(), minLength(1), maxLength(200))),
  strength: v.optional(RequirementStrengthSchema as RequirementStrengthSchemaType),
});

/** The type of {@link SkillSchema}. */
interface SkillSchemaType extends Named<typeof SkillSchema> {}

/** Language requirement: A language, with an optional CEFR level. */
export const LanguageRequirementSchema = strictObject({
  /** ISO 639 language code (`fr`, `en`, `ar`). */
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/)),
  /** CEFR level, or `native`. */
  level: v.optional(picklist(["A1", "A2", "B1", "B2", "C1", "C2", "native"])),
  strength: RequirementStrengthSchema as RequirementStrengthSchemaType,
});

/** The type of {@link LanguageRequirementSchema}. */
interface LanguageRequirementSchemaType extends Named<typeof LanguageRequirementSchema> {}

/** Driving licence requirement: Driving licence categories, and whether a vehicle is needed. */
export const DrivingLicenceRequirementSchema = strictObject({
  /** Licence categories (`B` for a car). */
  categories: array(picklist(["AM", "A1", "A2", "A", "B", "BE", "C1", "C", "CE", "D1", "D", "DE"]), minLength(1), maxLength(12)),
  /** True when the applicant must have their own vehicle. */
  vehicleNeeded: v.optional(v.boolean()),
  strength: RequirementStrengthSchema as RequirementStrengthSchemaType,
});

/** The type of {@link DrivingLicenceRequirementSchema}. */
interface DrivingLicenceRequirementSchemaType extends Named<typeof DrivingLicenceRequirementSchema> {}

/** Requirements: What is expected of applicants. */
export const RequirementsSchema = strictObject({
  /** Education requirements; several entries are alternatives. */
  education: v.optional(array(EducationRequirementSchema as EducationRequirementSchemaType, minLength(1), maxLength(10))),
  /** True when the posting says explicitly that no diploma is required ("sans condition de diplôme"). */
  noDiplomaRequired: v.optional(v.boolean()),
  /** Experience requirements. */
  experience: v.optional(array(ExperienceRequirementSchema as ExperienceRequirementSchemaType, minLength(1), maxLength(20))),
  /** True when beginners are explicitly welcome ("débutant accepté"). */
  noExperienceRequired: v.optional(v.boolean()),
  /** Skills (savoir-faire). */
  skills: v.optional(array(SkillSchema as SkillSchemaType, minLength(1), maxLength(100))),
  /** Personal qualities (savoir-être). */
  qualities: v.optional(array(v.pipe(v.string(), minLength(1), maxLength(300)), minLength(1), maxLength(60))),
  /** Interests the applicant should have ("intérêt pour l'ESS"). */
  interests: v.optional(array(v.pipe(v.string(), minLength(1), maxLength(300)), minLength(1), maxLength(40))),
  /** Languages. */
  languages: v.optional(array(LanguageRequirementSchema as LanguageRequirementSchemaType, minLength(1), maxLength(20))),
  drivingLicence: v.optional(DrivingLicenceRequirementSchema as DrivingLicenceRequirementSchemaType),
  /** Anything else the posting says of the profile sought. */
  note: v.optional(v.pipe(v.string(), minLength(1), maxLength(4000))),
});

/** The type of {@link RequirementsSchema}. */
interface RequirementsSchemaType extends Named<typeof RequirementsSchema> {}

/** Age condition: The applicant's age is within bounds, in years, inclusive. */
export const AgeConditionSchema = strictObject({
  /** Discriminator: always `"age"` for this variant. */
  type: literal("age"),
  /** Youngest age accepted, inclusive. */
  min: v.optional(v.pipe(int(), v.safeInteger(), v.minValue(0), v.maxValue(120))),
  /** Oldest age accepted, inclusive ("de 16 à 25 ans": 25). */
  max: v.optional(v.pipe(int(), v.safeInteger(), v.minValue(0), v.maxValue(120))),
});

/** The type of {@link AgeConditionSchema}. */
interface AgeConditionSchemaType extends Named<typeof AgeConditionSchema> {}

/** Education level condition: The applicant's diploma level is within bounds. */
export const EducationLevelConditionSchema = strictObject({
  /** Discriminator: always `"education-level"` for this variant. */
  type: literal("education-level"),
  /** Lowest level accepted. */
  min: v.optional(EducationLevelSchema as EducationLevelSchemaType),
  /** Highest level accepted (schemes for low-qualified people). */
  max: v.optional(EducationLevelSchema as EducationLevelSchemaType),
});

/** The type of {@link EducationLevelConditionSchema}. */
interface EducationLevelConditionSchemaType extends Named<typeof EducationLevelConditionSchema> {}

/**
 * Registration body: A body with which a person is registered: France Travail (Pôle emploi before 2024-01-01), Mission locale, Cap emploi.
 */
export const RegistrationBodySchema = picklist(["france-travail", "pole-emploi", "mission-locale", "cap-emploi"]);

/** The type of {@link RegistrationBodySchema}. */
interface RegistrationBodySchemaType extends Named<typeof RegistrationBodySchema> {}

/** Registration condition: The applicant is registered as a jobseeker or with a support body. */
export const RegistrationConditionSchema = strictObject({
  /** Discriminator: always `"registered"` for this variant. */
  type: literal("registered"),
  /** Any of these bodies. */
  with: array(RegistrationBodySchema as RegistrationBodySchemaType, minLength(1), maxLength(4)),
  /** Minimum months of registration ("depuis plus d'un an": 12). */
  minMonths: v.optional(v.pipe(int(), v.safeInteger(), v.minValue(1), v.maxValue(120))),
});

/** The type of {@link RegistrationConditionSchema}. */
interface RegistrationConditionSchemaType extends Named<typeof RegistrationConditionSchema> {}

/** Disability condition: The applicant has a recognised disability (RQTH, BOETH). */
export const DisabilityConditionSchema = strictObject({
  /** Discriminator: always `"disability"` for this variant. */
  type: literal("disability"),
});

/** The type of {@link DisabilityConditionSchema}. */
interface DisabilityConditionSchemaType extends Named<typeof DisabilityConditionSchema> {}

/**
 * QPV resident condition: The applicant lives in a quartier prioritaire de la politique de la ville (QPV).
 */
export const QpvResidentConditionSchema = strictObject({
  /** Discriminator: always `"qpv-resident"` for this variant. */
  type: literal("qpv-resident"),
});

/** The type of {@link QpvResidentConditionSchema}. */
interface QpvResidentConditionSchemaType extends Named<typeof QpvResidentConditionSchema> {}

/** Student condition: The applicant is enrolled in a course of education. */
export const StudentConditionSchema = strictObject({
  /** Discriminator: always `"student"` for this variant. */
  type: literal("student"),
});

/** The type of {@link StudentConditionSchema}. */
interface StudentConditionSchemaType extends Named<typeof StudentConditionSchema> {}

/** Benefit recipient condition: The applicant receives a social benefit. */
export const BenefitRecipientConditionSchema = strictObject({
  /** Discriminator: always `"benefit-recipient"` for this variant. */
  type: literal("benefit-recipient"),
  /** Any of these benefits: RSA, ASS, AAH, ARE. */
  benefits: array(picklist(["rsa", "ass", "aah", "are"]), minLength(1), maxLength(4)),
});

/** The type of {@link BenefitRecipientConditionSchema}. */
interface BenefitRecipientConditionSchemaType extends Named<typeof BenefitRecipientConditionSchema> {}

/** Jobseeker condition: The applicant is without a job. */
export const JobseekerConditionSchema = strictObject({
  /** Discriminator: always `"jobseeker"` for this variant. */
  type: literal("jobseeker"),
});

/** The type of {@link JobseekerConditionSchema}. */
interface JobseekerConditionSchemaType extends Named<typeof JobseekerConditionSchema> {}

/** Other condition: A condition kept as text. */
export const OtherConditionSchema = strictObject({
  /** Discriminator: always `"other"` for this variant. */
  type: literal("other"),
  /** The condition as the posting words it. */
  label: v.pipe(v.string(), minLength(1), maxLength(500)),
});

/** The type of {@link OtherConditionSchema}. */
interface OtherConditionSchemaType extends Named<typeof OtherConditionSchema> {}

/** Eligibility condition: One condition on applicants, discriminated on `type`. */
export const EligibilityConditionSchema = variant("type", [
  AgeConditionSchema as AgeConditionSchemaType,
  EducationLevelConditionSchema as EducationLevelConditionSchemaType,
  RegistrationConditionSchema as RegistrationConditionSchemaType,
  DisabilityConditionSchema as DisabilityConditionSchemaType,
  QpvResidentConditionSchema as QpvResidentConditionSchemaType,
  StudentConditionSchema as StudentConditionSchemaType,
  BenefitRecipientConditionSchema as BenefitRecipientConditionSchemaType,
  JobseekerConditionSchema as JobseekerConditionSchemaType,
  OtherConditionSchema as OtherConditionSchemaType,
]);

/** The type of {@link EligibilityConditionSchema}. */
interface EligibilityConditionSchemaType extends Named<typeof EligibilityConditionSchema> {}

/** Eligibility group: A group of conditions that must all hold. */
export const EligibilityGroupSchema = strictObject({
  /** The group as the posting words it. */
  label: v.optional(v.pipe(v.string(), minLength(1), maxLength(500))),
  /** Conditions that must all hold. */
  allOf: array(EligibilityConditionSchema as EligibilityConditionSchemaType, minLength(1), maxLength(10)),
});

/** The type of {@link EligibilityGroupSchema}. */
interface EligibilityGroupSchemaType extends Named<typeof EligibilityGroupSchema> {}

/** Eligibility: Who may apply: alternatives between groups of conditions. */
export const EligibilitySchema = strictObject({
  /** Groups of conditions; the applicant must satisfy one group. */
  anyOf: array(EligibilityGroupSchema as EligibilityGroupSchemaType, minLength(1), maxLength(10)),
  /** The eligibility statement as the posting words it. */
  note: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
});

/** The type of {@link EligibilitySchema}. */
interface EligibilitySchemaType extends Named<typeof EligibilitySchema> {}

/** E-mail application: Apply by e-mail. */
export const EmailApplicationSchema = strictObject({
  /** Discriminator: always `"email"` for this variant. */
  type: literal("email"),
  /** The address to write to. Left out when it is a person's own address that may not be published. */
  address: v.optional(v.pipe(v.string(), format("email", /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/), maxLength(254))),
  /** The subject line asked for. */
  subject: v.optional(v.pipe(v.string(), minLength(1), maxLength(300))),
});

/** The type of {@link EmailApplicationSchema}. */
interface EmailApplicationSchemaType extends Named<typeof EmailApplicationSchema> {}

/** Web application: Apply on a web page or form. */
export const WebApplicationSchema = strictObject({
  /** Discriminator: always `"url"` for this variant. */
  type: literal("url"),
  url: WebUrlSchema as WebUrlSchemaType,
});

/** The type of {@link WebApplicationSchema}. */
interface WebApplicationSchemaType extends Named<typeof WebApplicationSchema> {}

/** Postal application: Apply by post. */
export const PostApplicationSchema = strictObject({
  /** Discriminator: always `"post"` for this variant. */
  type: literal("post"),
  /** The postal address. */
  address: v.pipe(v.string(), minLength(1), maxLength(500)),
});

/** The type of {@link PostApplicationSchema}. */
interface PostApplicationSchemaType extends Named<typeof PostApplicationSchema> {}

/** Phone application: Apply by phone. */
export const PhoneApplicationSchema = strictObject({
  /** Discriminator: always `"phone"` for this variant. */
  type: literal("phone"),
  /** The phone number. */
  number: v.pipe(v.string(), v.regex(/^\+?[0-9 .()-]{6,20}$/)),
});

/** The type of {@link PhoneApplicationSchema}. */
interface PhoneApplicationSchemaType extends Named<typeof PhoneApplicationSchema> {}

/** Application method: How to apply, discriminated on `type`: email, url, post, phone. */
export const ApplicationMethodSchema = variant("type", [
  EmailApplicationSchema as EmailApplicationSchemaType,
  WebApplicationSchema as WebApplicationSchemaType,
  PostApplicationSchema as PostApplicationSchemaType,
  PhoneApplicationSchema as PhoneApplicationSchemaType,
]);

/** The type of {@link ApplicationMethodSchema}. */
interface ApplicationMethodSchemaType extends Named<typeof ApplicationMethodSchema> {}

/** Contact: The person applicants deal with, preferably by role. */
export const ContactSchema = strictObject({
  /** The contact's role ("Responsable projets et développement"). */
  role: v.optional(v.pipe(v.string(), minLength(1), maxLength(200))),
  /** The contact's name, when it may be published. */
  name: v.optional(v.pipe(v.string(), minLength(1), maxLength(200))),
  /** A phone number for questions. */
  phone: v.optional(v.pipe(v.string(), v.regex(/^\+?[0-9 .()-]{6,20}$/))),
});

/** The type of {@link ContactSchema}. */
interface ContactSchemaType extends Named<typeof ContactSchema> {}

/** Application document: A document applicants must send. */
export const ApplicationDocumentSchema = strictObject({
  /**
   * CV, cover letter (lettre de motivation), proposal, quote (devis), portfolio, references, diploma, other.
   */
  type: picklist([
    "cv",
    "cover-letter",
    "proposal",
    "quote",
    "portfolio",
    "references",
    "diploma",
    "other",
  ]),
  /** Page limit ("CV (5 pages maxi)"). */
  maxPages: v.optional(v.pipe(int(), v.safeInteger(), v.minValue(1), v.maxValue(100))),
  /** False when optional; true or absent when required. */
  required: v.optional(v.boolean()),
  /** The document as the posting words it ("lettre de motivation personnalisée"). */
  label: v.optional(v.pipe(v.string(), minLength(1), maxLength(300))),
});

/** The type of {@link ApplicationDocumentSchema}. */
interface ApplicationDocumentSchemaType extends Named<typeof ApplicationDocumentSchema> {}

/** Deadline: The last day to apply, and whether that day is included. */
export const DeadlineSchema = strictObject({
  date: IsoDateSchema as IsoDateSchemaType,
  /** True when applications are accepted on that day ("jusqu'au", "date limite"); false for "avant le". */
  inclusive: v.boolean(),
});

/** The type of {@link DeadlineSchema}. */
interface DeadlineSchemaType extends Named<typeof DeadlineSchema> {}

/** Selection step: A step of the selection process, in order. */
export const SelectionStepSchema = strictObject({
  /** What the step is. */
  type: picklist([
    "screening",
    "phone-interview",
    "video-interview",
    "interview",
    "test",
    "exercise",
    "other",
  ]),
  /** Who conducts it, by role. */
  with: v.optional(array(v.pipe(v.string(), minLength(1), maxLength(200)), minLength(1), maxLength(10))),
  /** Where it happens. */
  place: v.optional(v.pipe(v.string(), minLength(1), maxLength(200))),
  /** When it happens ("fin juillet"). */
  when: v.optional(ApproximateDateSchema as ApproximateDateSchemaType),
  /** The step as the posting words it. */
  label: v.optional(v.pipe(v.string(), minLength(1), maxLength(1000))),
});

/** The type of {@link SelectionStepSchema}. */
interface SelectionStepSchemaType extends Named<typeof SelectionStepSchema> {}

/** Application: How to apply. */
export const ApplicationSchema = strictObject({
  /** Ways to apply. */
  methods: v.optional(array(ApplicationMethodSchema as ApplicationMethodSchemaType, minLength(1), maxLength(5))),
  contact: v.optional(ContactSchema as ContactSchemaType),
  /** Documents to send. */
  documents: v.optional(array(ApplicationDocumentSchema as ApplicationDocumentSchemaType, minLength(1), maxLength(15))),
  deadline: v.optional(DeadlineSchema as DeadlineSchemaType),
  /** Selection steps, in order. */
  selection: v.optional(array(SelectionStepSchema as SelectionStepSchemaType, minLength(1), maxLength(10))),
  /** A reference to quote when applying. */
  reference: v.optional(v.pipe(v.string(), minLength(1), maxLength(100))),
  /** Anything else the posting says about applying. */
  note: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
});

/** The type of {@link ApplicationSchema}. */
interface ApplicationSchemaType extends Named<typeof ApplicationSchema> {}

/** Benefit: A benefit offered with the job (avantage). */
export const BenefitSchema = strictObject({
  /** The kind of benefit. */
  type: picklist([
    "titres-restaurant",
    "mutuelle",
    "prevoyance",
    "transport",
    "training",
    "cheques-vacances",
    "thirteenth-month",
    "housing",
    "equipment",
    "other",
  ]),
  /** For `transport`: the share of the public-transport pass paid by the employer (`0.5` for 50 %). */
  publicTransportShare: v.optional(v.pipe(number(), v.minValue(0), v.maxValue(1))),
  /** For `transport`: the pass named ("Navigo"). */
  pass: v.optional(v.pipe(v.string(), minLength(1), maxLength(100))),
  /** For `transport`: true when the forfait mobilités durables is offered. */
  sustainableMobilityAllowance: v.optional(v.boolean()),
  /** The benefit as the posting words it. */
  label: v.optional(v.pipe(v.string(), minLength(1), maxLength(500))),
});

/** The type of {@link BenefitSchema}. */
interface BenefitSchemaType extends Named<typeof BenefitSchema> {}

/** Task: A task of a mission, with optional sub-tasks. */
export const TaskSchema: v.GenericSchema<Task> = strictObject({
  /** The task. */
  text: v.pipe(v.string(), minLength(1), maxLength(2000)),
  /** Its sub-tasks. */
  subtasks: v.optional(array(v.lazy(() => TaskSchema), minLength(1), maxLength(50))),
});

/** Mission group: A group of missions as the posting groups them. */
export const MissionGroupSchema = strictObject({
  /** The group's heading. */
  title: v.optional(v.pipe(v.string(), minLength(1), maxLength(500))),
  /** Share of working time (`0.5` for 50 %), when stated. */
  share: v.optional(v.pipe(number(), v.gtValue(0), v.maxValue(1))),
  /** Text introducing the group. */
  intro: v.optional(v.pipe(v.string(), minLength(1), maxLength(4000))),
  /** The tasks of the group. */
  tasks: array(TaskSchema, minLength(1), maxLength(100)),
});

/** The type of {@link MissionGroupSchema}. */
interface MissionGroupSchemaType extends Named<typeof MissionGroupSchema> {}

/** Text section: A titled section of free text. */
export const TextSectionSchema = strictObject({
  /** The section heading. */
  heading: v.pipe(v.string(), minLength(1), maxLength(300)),
  /** The section text. */
  text: v.pipe(v.string(), minLength(1), maxLength(20000)),
});

/** The type of {@link TextSectionSchema}. */
interface TextSectionSchemaType extends Named<typeof TextSectionSchema> {}

/** Content: The text of the posting: summary, context, missions, profile. */
export const ContentSchema = strictObject({
  /** A short summary of the job (two or three sentences). */
  summary: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
  /** The context of the job: the project, the team, why the post exists. */
  context: v.optional(v.pipe(v.string(), minLength(1), maxLength(20000))),
  /** The missions, grouped as the posting groups them. */
  missions: v.optional(array(MissionGroupSchema as MissionGroupSchemaType, minLength(1), maxLength(30))),
  /**
   * Text about the missions as a whole ("les missions décrites ne sont ni limitatives, ni exhaustives").
   */
  missionsNote: v.optional(v.pipe(v.string(), minLength(1), maxLength(4000))),
  /** The profile sought, as text (structured requirements go in `requirements`). */
  profile: v.optional(v.pipe(v.string(), minLength(1), maxLength(20000))),
  /** Other titled sections. */
  sections: v.optional(array(TextSectionSchema as TextSectionSchemaType, minLength(1), maxLength(30))),
});

/** The type of {@link ContentSchema}. */
interface ContentSchemaType extends Named<typeof ContentSchema> {}

/** Provenance: Where the posting comes from. */
export const ProvenanceSchema = strictObject({
  /** Where the posting was published. */
  sourceUrl: v.optional(WebUrlSchema as WebUrlSchemaType),
  /** Who published it (a job board, a forum, the organisation's site). */
  publisher: v.optional(v.pipe(v.string(), minLength(1), maxLength(200))),
  /** When it was retrieved. */
  retrievedOn: v.optional(IsoDateSchema as IsoDateSchemaType),
  /** The posting's identifier at the source (a France Travail offer id). */
  externalId: v.optional(v.pipe(v.string(), minLength(1), maxLength(100))),
  /** Anything else about where the posting comes from. */
  note: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
});

/** The type of {@link ProvenanceSchema}. */
interface ProvenanceSchemaType extends Named<typeof ProvenanceSchema> {}

/**
 * ESS job posting: A job posting of the French social and solidarity economy (ESS): organisation, contract(s), schemes, collective agreement, working time, pay, location, dates, requirements, eligibility, application, benefits and text.
 */
export const JobPostingSchema = strictObject({
  /** The JSON Schema this document declares (for editors). */
  $schema: v.optional(v.pipe(v.string(), minLength(1), maxLength(2000))),
  /** A stable identifier of the posting, chosen by its publisher. */
  id: v.optional(v.pipe(v.string(), minLength(1), maxLength(200))),
  /**
   * Language of the posting's text, BCP 47 (`fr`). French law requires French (Code du travail L5331-4).
   */
  language: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/))),
  /** The job title as published ("Chargé·e des projets collectifs"). */
  title: v.pipe(v.string(), minLength(1), maxLength(300)),
  /** A tagline or programme name shown with the title ("Le Métropoliste – emploi tremplin"). */
  subtitle: v.optional(v.pipe(v.string(), minLength(1), maxLength(300))),
  organisation: OrganisationSchema as OrganisationSchemaType,
  /** Hosts, fiscal sponsors, co-hosts, partners and funders. */
  relatedOrganisations: v.optional(array(RelatedOrganisationSchema as RelatedOrganisationSchemaType, minLength(1), maxLength(20))),
  /** The contract offered; several entries are alternatives ("apprentissage ou stage"). */
  contracts: array(ContractSchema as ContractSchemaType, minLength(1), maxLength(5)),
  /** Public schemes the job is offered under (emploi tremplin, PEC…). */
  schemes: v.optional(array(PublicSchemeSchema as PublicSchemeSchemaType, minLength(1), maxLength(5))),
  collectiveAgreement: v.optional(CollectiveAgreementSchema as CollectiveAgreementSchemaType),
  occupation: v.optional(OccupationSchema as OccupationSchemaType),
  /** Number of positions to fill ("2 postes à pourvoir"). */
  positions: v.optional(v.pipe(int(), v.safeInteger(), v.minValue(1), v.maxValue(1000))),
  /**
   * When one posting recruits for several distinct positions, their titles ("Animateur·rice jeunesse", "Chargé·e d'accueil"); `title` is then the posting's heading. The number of people per position goes in `positions` when it is the same for all.
   */
  positionTitles: v.optional(array(v.pipe(v.string(), minLength(1), maxLength(300)), minLength(2), maxLength(20))),
  /**
   * The status the posting states ("statut cadre", "poste non cadre", "agent de maîtrise"), with or without a collective agreement; within an agreement, `collectiveAgreement.classification.category` says the same.
   */
  staffStatus: v.optional(picklist(["cadre", "agent-de-maitrise", "non-cadre"])),
  reporting: v.optional(ReportingLineSchema as ReportingLineSchemaType),
  workingTime: v.optional(WorkingTimeSchema as WorkingTimeSchemaType),
  pay: v.optional(PaySchema as PaySchemaType),
  location: v.optional(LocationSchema as LocationSchemaType),
  dates: v.optional(PostingDatesSchema as PostingDatesSchemaType),
  requirements: v.optional(RequirementsSchema as RequirementsSchemaType),
  eligibility: v.optional(EligibilitySchema as EligibilitySchemaType),
  application: v.optional(ApplicationSchema as ApplicationSchemaType),
  /** Benefits offered with the job. */
  benefits: v.optional(array(BenefitSchema as BenefitSchemaType, minLength(1), maxLength(30))),
  content: v.optional(ContentSchema as ContentSchemaType),
  provenance: v.optional(ProvenanceSchema as ProvenanceSchemaType),
});

/** The type of {@link JobPostingSchema}. */
interface JobPostingSchemaType extends Named<typeof JobPostingSchema> {}

/** The output type of {@link JobPostingSchema}: the same interface as the zod flavour's. */
export type { JobPosting } from "../../generated/types.js";
