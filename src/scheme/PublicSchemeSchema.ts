import { z } from "zod";
import { label, paragraph } from "../text/text.js";

/**
 * Public employment schemes that ride on a contract (they are not contract types):
 * - `emploi-tremplin` — Île-de-France regional scheme for associations (2004–2015 for new posts; historical);
 * - `pec` — parcours emploi compétences (CUI-CAE, non-market sector, since 2018);
 * - `cui-cie` — contrat unique d'insertion in the market sector;
 * - `adulte-relais` — social mediation posts in priority neighbourhoods (Code du travail L5134-100);
 * - `fonjep` — poste FONJEP (State co-funding of youth and popular-education posts);
 * - `iae` — insertion par l'activité économique (the job is in an SIAE and needs IAE eligibility);
 * - `emploi-avenir` — emplois d'avenir (2012–2018, historical);
 * - `other`.
 */
export const PublicSchemeTypeSchema = z
  .enum(["emploi-tremplin", "pec", "cui-cie", "adulte-relais", "fonjep", "iae", "emploi-avenir", "other"])
  .meta({
    id: "PublicSchemeType",
    title: "Public scheme type",
    description:
      "A public employment scheme riding on the contract: emploi tremplin (Île-de-France, historical), PEC (CUI-CAE), CUI-CIE, adulte-relais, poste FONJEP, IAE, emploi d'avenir (historical), other.",
  });

/** A public employment scheme riding on the contract. */
export type { PublicSchemeType } from "../generated/types.js";

/** A public scheme under which the job is offered ("poste en emploi tremplin"). */
export const PublicSchemeSchema = z
  .object({
    type: PublicSchemeTypeSchema,
    name: label('The scheme as the posting names it ("emploi tremplin").').optional(),
    region: z
      .string()
      .regex(/^[0-9]{2}$/)
      .optional()
      .meta({ description: "INSEE code of the region running a regional scheme (`11` for Île-de-France)." }),
    note: paragraph("Anything else the posting says about the scheme.", 2000).optional(),
  })
  .strict()
  .meta({ id: "PublicScheme", title: "Public scheme", description: "A public employment scheme under which the job is offered." });

/** A public scheme under which the job is offered. */
export type { PublicScheme } from "../generated/types.js";
