import { z } from "zod";

/** Units in which postings state durations. */
export const DurationUnitSchema = z.enum(["hour", "day", "week", "month", "year"]).meta({
  id: "DurationUnit",
  title: "Duration unit",
  description: "The unit of a duration.",
});

/** The unit of a duration. */
export type { DurationUnit } from "../generated/types.js";

/**
 * A duration as postings state it: "12 mois" is `{ value: 12, unit: "month" }`,
 * "6 à 12 mois" is `{ min: 6, max: 12, unit: "month" }`, and
 * "3 mois, extension possible" adds `extensionPossible: true`.
 * Give either `value`, or `min` and/or `max`.
 */
export const DurationSchema = z
  .object({
    value: z.number().positive().max(1000).optional().meta({ description: "The duration, when a single figure is stated." }),
    min: z.number().positive().max(1000).optional().meta({ description: "The shortest duration, for a stated range." }),
    max: z.number().positive().max(1000).optional().meta({ description: "The longest duration, for a stated range." }),
    unit: DurationUnitSchema,
    approximate: z.boolean().optional().meta({ description: 'True when the figure is approximate ("environ 6 mois").' }),
    extensionPossible: z
      .boolean()
      .optional()
      .meta({ description: 'True when the posting says the duration may be extended ("extension possible").' }),
    extensionConditions: z
      .string()
      .min(1)
      .max(1000)
      .optional()
      .meta({ description: 'What an extension depends on ("en fonction de vos souhaits et des ressources disponibles").' }),
  })
  .strict()
  .meta({
    id: "Duration",
    title: "Duration",
    description: "A duration: a single `value` or a `min`/`max` range, in a unit.",
  });

/** A duration as postings state it. */
export type { Duration } from "../generated/types.js";
