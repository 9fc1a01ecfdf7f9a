import { z } from "zod";
import { label } from "../text/text.js";

/**
 * Where the job sits in the organisation: whom it reports to, its team, whom it works closely with.
 * "Au sein de l'équipe Projets et sous la supervision du Responsable projets et développement" is
 * `{ team: "équipe Projets", reportsTo: "Responsable projets et développement" }`. For a freelance
 * mission these facts matter legally: a supervisor is a sign of subordination (Code du travail L8221-6).
 */
export const ReportingLineSchema = z
  .object({
    reportsTo: label('The role the job reports to, as the posting words it ("délégué général").', 300).optional(),
    team: label('The team the job belongs to ("équipe Projets").', 300).optional(),
    worksWith: z
      .array(label('A role or body the job works closely with ("le bureau", "conseil d\'administration").', 300))
      .min(1)
      .max(20)
      .optional()
      .meta({ description: "Roles or bodies the job works closely with." }),
    regularReports: z
      .boolean()
      .optional()
      .meta({ description: 'True when the job must report on its activity regularly ("un pilote à qui vous ferez régulièrement le rapport de votre activité").' }),
  })
  .strict()
  .meta({
    id: "ReportingLine",
    title: "Reporting line",
    description: "Whom the job reports to, its team, and whom it works closely with.",
  });

/** Where the job sits in the organisation. */
export type { ReportingLine } from "../generated/types.js";
