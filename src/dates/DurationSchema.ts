import { z } from "zod";

const durationUnitSchema = z.enum(["hour", "day", "week", "month", "year"]).meta({
  id: "DurationUnit",
  title: "Duration unit",
  description: "The unit of a duration.",
});
type DurationUnitZod = typeof durationUnitSchema;
/** The zod type of {@link DurationUnitSchema}, by name: declarations refer to it instead of repeating its shape. */
export interface DurationUnitSchemaType extends DurationUnitZod {}
/** Units in which postings state durations. */
export const DurationUnitSchema: DurationUnitSchemaType = durationUnitSchema;

/** The unit of a duration. */
export type { DurationUnit } from "../generated/types.js";

const durationSchema = z
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
type DurationZod = typeof durationSchema;
/** The zod type of {@link DurationSchema}, by name: declarations refer to it instead of repeating its shape. */
export interface DurationSchemaType extends DurationZod {}
/**
 * A duration as postings state it: "12 mois" is `{ value: 12, unit: "month" }`,
 * "6 à 12 mois" is `{ min: 6, max: 12, unit: "month" }`, and
 * "3 mois, extension possible" adds `extensionPossible: true`.
 * Give either `value`, or `min` and/or `max`.
 */
export const DurationSchema: DurationSchemaType = durationSchema;

/** A duration as postings state it. */
export type { Duration } from "../generated/types.js";
