import { z } from "zod";
import { PartialDateSchema } from "../dates/ApproximateDateSchema.js";
import { label, paragraph } from "../text/text.js";
import { CooperativeTypeSchema, InsertionStructureTypeSchema, LegalFormSchema } from "./LegalFormSchema.js";
import { REFINEMENTS } from "../validate/REFINEMENTS.js";

/** A web address, `http` or `https` only. */
export const WebUrlSchema = z
  .string()
  .max(2000)
  // RFC 3986 characters of a path, query and fragment (`[` and `]` are for IPv6 hosts only: the `uri`
  // format refuses them elsewhere); `$` escaped inside the class, which Python's fastjsonschema misreads bare.
  .regex(/^https?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#@!\$&'()*+,;=%-]*)?$/)
  .meta({
    id: "WebUrl",
    title: "Web address",
    description: "An absolute `http` or `https` address, in ASCII (an internationalised domain in its punycode form).",
    format: "uri",
  });

const organisationIdentifiersSchema = z
  .object({
    siren: z
      .string()
      .regex(/^[0-9]{9}$/)
      // The checksum is judged only on a well-formed number: a wrong length is reported once, as a format error.
      // The function itself is REFINEMENTS' entry, which the generated valibot schema and fast path call too.
      .refine(REFINEMENTS["organisation/siren-checksum"], { params: { code: "organisation/siren-checksum" } })
      .optional()
      .meta({ description: "SIREN number: 9 digits, no spaces, valid Luhn checksum." }),
    siret: z
      .string()
      .regex(/^[0-9]{14}$/)
      .refine(REFINEMENTS["organisation/siret-checksum"], { params: { code: "organisation/siret-checksum" } })
      .optional()
      .meta({ description: "SIRET number of the establishment: 14 digits, no spaces, valid checksum." }),
    rna: z
      .string()
      .regex(/^W[0-9A-Z][0-9]{8}$/)
      .optional()
      .meta({
        description:
          "RNA number of an association (répertoire national des associations): `W` followed by 9 characters (the second may be a letter for Corsica and overseas).",
      }),
  })
  .strict()
  .meta({ id: "OrganisationIdentifiers", title: "Organisation identifiers", description: "Official identifiers: SIREN, SIRET, RNA." });
type OrganisationIdentifiersZod = typeof organisationIdentifiersSchema;
/** The zod type of {@link OrganisationIdentifiersSchema}, by name: declarations refer to it instead of repeating its shape. */
export interface OrganisationIdentifiersSchemaType extends OrganisationIdentifiersZod {}
/**
 * The official identifiers of an organisation:
 * SIREN (9 digits, Luhn checksum), SIRET (14 digits, Luhn checksum; La Poste excepted),
 * RNA (the associations' register: `W` followed by 9 digits).
 */
export const OrganisationIdentifiersSchema: OrganisationIdentifiersSchemaType = organisationIdentifiersSchema;

/** Official identifiers of an organisation. */
export type { OrganisationIdentifiers } from "../generated/types.js";

const approvalTypeSchema = z
  .enum([
    "esus",
    "service-civique",
    "jeunesse-education-populaire",
    "espace-de-vie-sociale",
    "centre-social",
    "utilite-publique",
    "interet-general",
    "iae",
    "other",
  ])
  .meta({
    id: "ApprovalType",
    title: "Approval type",
    description:
      "An official approval or recognition: agrément ESUS, service civique, jeunesse et éducation populaire, espace de vie sociale or centre social (CAF), reconnaissance d'utilité publique, intérêt général, IAE, other.",
  });
type ApprovalTypeZod = typeof approvalTypeSchema;
/** The zod type of {@link ApprovalTypeSchema}, by name: declarations refer to it instead of repeating its shape. */
export interface ApprovalTypeSchemaType extends ApprovalTypeZod {}
/** Kinds of official approvals (agréments, labels) an ESS organisation may hold. */
export const ApprovalTypeSchema: ApprovalTypeSchemaType = approvalTypeSchema;

const approvalSchema = z
  .object({
    type: ApprovalTypeSchema,
    status: z
      .enum(["granted", "pending", "in-preparation"])
      .optional()
      .meta({ description: 'Whether the approval is held (`granted`), applied for (`pending`) or being prepared (`in-preparation`, "en préfiguration").' }),
    number: label("The approval's reference number, when stated.", 100).optional(),
    label: label("The approval as the posting words it.").optional(),
  })
  .strict()
  .meta({ id: "Approval", title: "Approval", description: "An official approval (agrément) or recognition of the organisation." });
type ApprovalZod = typeof approvalSchema;
/** The zod type of {@link ApprovalSchema}, by name: declarations refer to it instead of repeating its shape. */
export interface ApprovalSchemaType extends ApprovalZod {}
/** An approval (agrément) held, applied for or in preparation. */
export const ApprovalSchema: ApprovalSchemaType = approvalSchema;

/** An approval (agrément) held, applied for or in preparation. */
export type { Approval } from "../generated/types.js";

/** The fields shared by the hiring organisation and related organisations. */
const organisationShape = {
  name: label("The organisation's name as it presents itself.", 200),
  shortName: label("A short name or acronym (\"CGA\").", 100).optional(),
  legalForm: LegalFormSchema.optional(),
  insertionType: InsertionStructureTypeSchema.optional().meta({
    description: "For a structure d'insertion (`legalForm: structure-insertion`): its kind.",
  }),
  cooperativeType: CooperativeTypeSchema.optional().meta({
    description: "For a coopérative (`legalForm` `scop`, `scic` or `cooperative`): its kind (a CAE, a coopérative de consommateurs…).",
  }),
  identifiers: OrganisationIdentifiersSchema.optional(),
  website: WebUrlSchema.optional(),
  description: paragraph("What the organisation does, as the posting presents it.").optional(),
  foundedOn: PartialDateSchema.optional().meta({ description: "When the organisation was founded (year, month or day)." }),
  approvals: z.array(ApprovalSchema).min(1).max(20).optional().meta({ description: "Approvals (agréments) held or in preparation." }),
};

/**
 * An organisation related to the posting: a host or fiscal sponsor (WE-CO is hosted by Quatorze and
 * Compagnons Bâtisseurs), an organisation that carries the offer jointly (CGA and GNIAC), a partner
 * or a funder.
 */
export const RelatedOrganisationSchema = z
  .object({
    ...organisationShape,
    role: z
      .enum(["host", "fiscal-sponsor", "co-host", "partner", "funder"])
      .meta({
        description:
          "How the organisation relates to the posting: `host` (carries a project without legal personality), `fiscal-sponsor`, `co-host` (carries the offer jointly with the hiring organisation), `partner`, `funder`.",
      }),
    relationship: paragraph("How the relation is described (\"liés par une convention de partenariat\").", 2000).optional(),
  })
  .strict()
  .meta({ id: "RelatedOrganisation", title: "Related organisation", description: "An organisation related to the posting, with its role." });

/** An organisation related to the posting, with its role. */
export type { RelatedOrganisation } from "../generated/types.js";

/**
 * What the organisation asks of its members, hired staff included when they are members: the shifts of
 * a supermarché coopératif ("chaque coopérateur·rice donne 3 heures toutes les 4 semaines"), an
 * association's volunteering.
 */
export const MemberVolunteeringSchema = z
  .object({
    hours: z.number().gt(0).max(100).optional().meta({ description: "Hours given each time (3)." }),
    everyWeeks: z.int().min(1).max(52).optional().meta({ description: "How often, in weeks (every 4 weeks: 4)." }),
    appliesToStaff: z.boolean().optional().meta({ description: "True when the person hired takes part too (\"comme tous les coopérateurs, vous participez…\")." }),
    label: label('The duty as the posting words it ("3 heures de bénévolat toutes les 4 semaines").', 500),
  })
  .strict()
  .meta({ id: "MemberVolunteering", title: "Member volunteering", description: "The volunteering duties of the organisation's members." });

/** The volunteering duties of an organisation's members. */
export type { MemberVolunteering } from "../generated/types.js";

/** The hiring organisation. */
export const OrganisationSchema = z
  .object({
    ...organisationShape,
    memberVolunteering: MemberVolunteeringSchema.optional(),
    ess: z
      .boolean()
      .optional()
      .meta({ description: "True when the organisation belongs to the social and solidarity economy (loi 2014-856, art. 1)." }),
  })
  .strict()
  .meta({
    id: "Organisation",
    title: "Organisation",
    description: "The hiring organisation: name, legal form, identifiers, website, description.",
  });

/** The hiring organisation. */
export type { Organisation } from "../generated/types.js";
