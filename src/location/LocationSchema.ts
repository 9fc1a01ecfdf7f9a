import { z } from "zod";
import { label, paragraph } from "../text/text.js";
import { PlaceSchema } from "./PlaceSchema.js";

/**
 * Remote work (télétravail): none, occasional ("télétravail ponctuel", now and then, no set days),
 * partial (some tasks or days every week), or full; days per week; whether it starts only after
 * onboarding.
 */
export const RemoteWorkSchema = z
  .object({
    policy: z
      .enum(["none", "occasional", "partial", "full"])
      .meta({
        description:
          '`none` (on site), `occasional` (now and then, no set days: "télétravail ponctuel possible", "occasionnel"), `partial` (some days or tasks remote every week, hybrid), `full` (fully remote allowed).',
      }),
    daysPerWeek: z.number().gt(0).max(5).optional().meta({ description: "Remote days per week allowed (at most)." }),
    flexibleDays: z.boolean().optional().meta({ description: "True when the remote days are chosen freely (\"flexibles\")." }),
    afterOnboarding: z
      .boolean()
      .optional()
      .meta({ description: 'True when remote work starts only after onboarding ("à l\'issue de l\'intégration").' }),
    conditions: label("Conditions stated (\"pour les tâches ne nécessitant pas de rencontrer les adhérents\").", 500).optional(),
    applicantCountries: z
      .array(z.string().regex(/^[A-Z]{2}$/))
      .min(1)
      .max(50)
      .optional()
      .meta({ description: "Where a remote worker must live, as ISO 3166-1 alpha-2 country codes (`[\"FR\", \"BE\"]`); absent: France." }),
  })
  .strict()
  .meta({ id: "RemoteWork", title: "Remote work", description: "Télétravail: policy, days per week, conditions." });

/** Remote work. */
export type { RemoteWork } from "../generated/types.js";

/** Travel the job involves. */
export const TravelSchema = z
  .object({
    frequency: z
      .enum(["none", "occasional", "frequent", "daily"])
      .optional()
      .meta({ description: "How often, when the posting says: none, occasional (\"ponctuels\"), frequent, daily." }),
    area: z
      .enum(["local", "departmental", "regional", "national", "international"])
      .optional()
      .meta({ description: "How far." }),
    note: label("Anything else stated (\"sur le terrain, à Romainville, Bondy et/ou Épinay\").", 500).optional(),
  })
  .strict()
  .meta({ id: "Travel", title: "Travel", description: "Travel (déplacements) the job involves." });

/** Travel the job involves. */
export type { Travel } from "../generated/types.js";

/** Where the work is done: places, remote work, travel. */
export const LocationSchema = z
  .object({
    places: z.array(PlaceSchema).min(1).max(20).optional().meta({ description: "Places of work; the first (or the one marked `main`) is the main one." }),
    placeChosenByWorker: z
      .boolean()
      .optional()
      .meta({ description: 'True when the worker chooses where to work ("variable en fonction de vos possibilités et préférences").' }),
    remote: RemoteWorkSchema.optional(),
    travel: TravelSchema.optional(),
    note: paragraph("Anything else the posting says of the place of work.", 2000).optional(),
  })
  .strict()
  .meta({ id: "Location", title: "Location", description: "Where the work is done: places, remote work, travel." });

/** Where the work is done. */
export type { Location } from "../generated/types.js";
