import { z } from "zod";
import { label, paragraph } from "../text/text.js";

/** A number, or a range of numbers, of hours per week. */
export const WeeklyHoursSchema = z
  .object({
    value: z.number().positive().max(70).optional().meta({ description: "Hours per week, when a single figure is stated." }),
    min: z.number().positive().max(70).optional().meta({ description: "Fewest hours per week, for a range." }),
    max: z.number().positive().max(70).optional().meta({ description: "Most hours per week, for a range." }),
  })
  .strict()
  .meta({ id: "WeeklyHours", title: "Weekly hours", description: "Hours per week: a single `value` or a `min`/`max` range." });

/** A recurring commitment the posting asks for ("un à deux après-midi par semaine"). */
export const RecurringAvailabilitySchema = z
  .object({
    label: label("The commitment as the posting words it."),
    unit: z.enum(["hour", "half-day", "day", "evening"]).optional().meta({ description: "What is counted." }),
    min: z.number().positive().max(40).optional().meta({ description: "Fewest per week." }),
    max: z.number().positive().max(40).optional().meta({ description: "Most per week." }),
    purpose: label("What it is for (\"visites terrain, rendez-vous partenaires\").").optional(),
  })
  .strict()
  .meta({ id: "RecurringAvailability", title: "Recurring availability", description: "A recurring availability the job requires." });

/**
 * Working time: full or part time, hours per week or a fraction of full time ("mi-temps" = 0.5),
 * working-time reduction (RTT) days, self-managed allocation, evening and weekend availability.
 */
export const WorkingTimeSchema = z
  .object({
    schedule: z.enum(["full-time", "part-time"]).optional().meta({ description: "Full time (temps plein) or part time (temps partiel)." }),
    weeklyHours: WeeklyHoursSchema.optional(),
    fraction: z
      .number()
      .gt(0)
      .max(1)
      .optional()
      .meta({ description: 'Share of full time (`0.5` for "mi-temps", `0.8` for "80 %").' }),
    rttDaysPerYear: z
      .int()
      .min(1)
      .max(60)
      .optional()
      .meta({
        description:
          'Working-time reduction days a year ("15 jours RTT"): the hours above the legal week are compensated by days off under an arrangement over the year (Code du travail L3121-44), so the monthly pay is smoothed on the legal week.',
      }),
    label: label('Working time as the posting words it ("mi-temps", "35 h").', 200).optional(),
    selfManaged: z
      .boolean()
      .optional()
      .meta({ description: 'True when the worker organises their own time ("c\'est vous qui gérez l\'allocation de votre charge de travail").' }),
    evenings: z.boolean().optional().meta({ description: "True when evening work or availability is expected." }),
    weekends: z.boolean().optional().meta({ description: "True when weekend work or availability is expected." }),
    availability: z.array(RecurringAvailabilitySchema).min(1).max(10).optional().meta({ description: "Recurring commitments." }),
    note: paragraph("Anything else the posting says of the schedule.", 2000).optional(),
  })
  .strict()
  .meta({ id: "WorkingTime", title: "Working time", description: "Full or part time, hours, schedule constraints." });

/** Working time. */
export type { WorkingTime } from "../generated/types.js";
/** Hours per week. */
export type { WeeklyHours } from "../generated/types.js";
