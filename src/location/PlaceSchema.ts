import { z } from "zod";
import { label } from "../text/text.js";

/** A French département code: `01`–`95` (`2A`, `2B` for Corsica), `971`–`976` overseas. */
export const DepartementCodeSchema = z
  .string()
  .regex(/^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$/)
  .meta({
    id: "DepartementCode",
    title: "Département code",
    description: "A French département code: `01`–`95`, `2A`, `2B`, `971`–`976`.",
    examples: ["46", "93", "75", "2A", "974"],
  });

/** A French département code. */
export type { DepartementCode } from "../generated/types.js";

/** A postal address in France (or abroad, with `country`). */
export const AddressSchema = z
  .object({
    street: label("Street address (\"24 rue de l'Est\").", 300).optional(),
    postalCode: z
      .string()
      .regex(/^[0-9]{5}$/)
      .optional()
      .meta({ description: "French postal code, 5 digits." }),
    commune: label("Name of the commune (\"L'Île-Saint-Denis\").", 150).optional(),
    inseeCode: z
      .string()
      .regex(/^([0-9]{2}|2A|2B)[0-9]{3}$/)
      .optional()
      .meta({ description: "INSEE code of the commune (code officiel géographique), 5 characters: `75107` for Paris 7e." }),
    arrondissement: z
      .int()
      .min(1)
      .max(20)
      .optional()
      .meta({ description: "Municipal arrondissement in Paris (1–20), Lyon (1–9) or Marseille (1–16)." }),
    departement: DepartementCodeSchema.optional(),
    region: label("Region name.", 100).optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .meta({ description: "ISO 3166-1 alpha-2 country code (`FR`)." }),
  })
  .strict()
  .meta({ id: "Address", title: "Address", description: "A postal address, with the French codes (INSEE commune, département)." });

/** A postal address. */
export type { Address } from "../generated/types.js";

/** A place of work. */
export const PlaceSchema = z
  .object({
    name: label("The place's name (\"Coworking solidaire la Ruche\", \"La Vayssade\").", 200).optional(),
    kind: z
      .enum(["office", "coworking", "field", "home", "partner-premises", "event", "other"])
      .optional()
      .meta({ description: "What kind of place: the organisation's office, a coworking space, field work, home, a partner's premises, an event venue, other." }),
    address: AddressSchema.optional(),
    main: z.boolean().optional().meta({ description: "True for the main place of work when there are several." }),
    note: label("Anything else the posting says of this place.", 500).optional(),
  })
  .strict()
  .meta({ id: "Place", title: "Place", description: "A place of work." });

/** A place of work. */
export type { Place } from "../generated/types.js";
