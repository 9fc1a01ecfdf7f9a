import { z } from "zod";

const legalFormSchema = z
  .enum([
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
  ])
  .meta({
    id: "LegalForm",
    title: "Legal form",
    description:
      "The legal form of the organisation: association loi 1901, fondation, fonds de dotation, SCOP, SCIC, other coopérative, mutuelle, commercial company of the ESS, structure d'insertion, entreprise adaptée, groupement d'employeurs, public body, or an informal project without legal personality.",
  });
type LegalFormZod = typeof legalFormSchema;
/** The zod type of {@link LegalFormSchema}, by name: declarations refer to it instead of repeating its shape. */
export interface LegalFormSchemaType extends LegalFormZod {}
/**
 * Legal forms of the employers of the social and solidarity economy (ESS), as French law names them.
 *
 * - `association` — association loi 1901 (or droit local Alsace-Moselle, see `association-droit-local`);
 * - `fondation` — fondation reconnue d'utilité publique, fondation d'entreprise, abritée…;
 * - `fonds-de-dotation`;
 * - `scop`, `scic`, `cooperative` (other coopératives: CAE, coopérative d'habitants…);
 * - `mutuelle`;
 * - `entreprise-ess` — a commercial company that adopted ESS status (loi 2014-856 art. 1);
 * - `structure-insertion` — a structure de l'insertion par l'activité économique (see `insertionType`);
 * - `entreprise-adaptee`;
 * - `groupement-employeurs`;
 * - `public-body` — a collectivité, établissement public or State service;
 * - `informal` — a project or collective without legal personality yet (it may be hosted, see
 *   `relatedOrganisations`);
 * - `other`.
 */
export const LegalFormSchema: LegalFormSchemaType = legalFormSchema;

/** The legal form of an ESS organisation. */
export type { LegalForm } from "../generated/types.js";

const cooperativeTypeSchema = z
  .enum(["scop", "scic", "cae", "consommateurs", "habitants", "agricole", "artisans", "commercants", "jeunesse-services", "banque", "other"])
  .meta({
    id: "CooperativeType",
    title: "Cooperative type",
    description:
      "The kind of coopérative: SCOP, SCIC, CAE (coopérative d'activité et d'emploi), coopérative de consommateurs, d'habitants, agricole, d'artisans, de commerçants, coopérative jeunesse de services, banque coopérative, other.",
  });
type CooperativeTypeZod = typeof cooperativeTypeSchema;
/** The zod type of {@link CooperativeTypeSchema}, by name: declarations refer to it instead of repeating its shape. */
export interface CooperativeTypeSchemaType extends CooperativeTypeZod {}
/**
 * Kinds of coopératives (loi n° 47-1775 and the laws of each family): SCOP (société coopérative de
 * production, loi 78-763), SCIC (société coopérative d'intérêt collectif), CAE (coopérative d'activité
 * et d'emploi, loi 2014-856 art. 47), coopérative de consommateurs (including supermarchés coopératifs),
 * coopérative d'habitants, coopérative agricole (and CUMA), coopérative d'artisans, coopérative de
 * commerçants, coopérative jeunesse de services (CJS), banque coopérative, other.
 */
export const CooperativeTypeSchema: CooperativeTypeSchemaType = cooperativeTypeSchema;

/** The kind of a coopérative. */
export type { CooperativeType } from "../generated/types.js";

const insertionStructureTypeSchema = z.enum(["aci", "ei", "ai", "etti", "eiti", "geiq"]).meta({
  id: "InsertionStructureType",
  title: "Insertion structure type",
  description: "The kind of structure d'insertion par l'activité économique: ACI, EI, AI, ETTI, EITI, or a GEIQ.",
});
type InsertionStructureTypeZod = typeof insertionStructureTypeSchema;
/** The zod type of {@link InsertionStructureTypeSchema}, by name: declarations refer to it instead of repeating its shape. */
export interface InsertionStructureTypeSchemaType extends InsertionStructureTypeZod {}
/**
 * Kinds of structures de l'insertion par l'activité économique (IAE, Code du travail L5132-4):
 * atelier et chantier d'insertion (`aci`), entreprise d'insertion (`ei`), association intermédiaire
 * (`ai`), entreprise de travail temporaire d'insertion (`etti`), entreprise d'insertion par le travail
 * indépendant (`eiti`); and the GEIQ.
 */
export const InsertionStructureTypeSchema: InsertionStructureTypeSchemaType = insertionStructureTypeSchema;

/** The kind of a structure d'insertion par l'activité économique. */
export type { InsertionStructureType } from "../generated/types.js";
