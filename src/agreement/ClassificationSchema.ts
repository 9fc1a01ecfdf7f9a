import { z } from "zod";
import { label } from "../text/text.js";

/**
 * A position in a collective agreement's classification grid. Agreements name their rungs
 * differently: ÉCLAT has groups A–K with coefficients ("Employé A 255"), ALISFA has pesées, BAD has
 * categories A–I with coefficients, Sport has groups 1–8.
 */
export const ClassificationSchema = z
  .object({
    category: z
      .enum(["ouvrier-employe", "technicien-agent-de-maitrise", "cadre"])
      .optional()
      .meta({ description: "The socio-professional category: ouvrier/employé, technicien/agent de maîtrise (TAM), cadre." }),
    group: z
      .string()
      .regex(/^[A-Z0-9]{1,4}$/)
      .optional()
      .meta({ description: 'The group, level or category letter or number in the grid (`"A"`, `"B"`, `"3"`).' }),
    coefficient: z.int().min(1).max(2000).optional().meta({ description: "The coefficient (indice, points) of the position." }),
    level: z.int().min(1).max(20).optional().meta({ description: "A level within the group, for grids that have one." }),
    seniorityYears: z
      .int()
      .min(0)
      .max(60)
      .optional()
      .meta({ description: "Years of seniority, for grids whose steps depend on it (CCN 66); the entry step when absent." }),
    label: label('The classification as the posting words it ("Employé A 255"), or the métier ("éducateur spécialisé").', 200).optional(),
  })
  .strict()
  .meta({ id: "Classification", title: "Classification", description: "A position in a collective agreement's classification grid." });

/** A position in a collective agreement's classification grid. */
export type { Classification } from "../generated/types.js";
