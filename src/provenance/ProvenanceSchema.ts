import { z } from "zod";
import { IsoDateSchema } from "../dates/IsoDateSchema.js";
import { WebUrlSchema } from "../organisation/OrganisationSchema.js";
import { label, paragraph } from "../text/text.js";

/** Where the posting was found: source address, publisher, retrieval date. */
export const ProvenanceSchema = z
  .object({
    sourceUrl: WebUrlSchema.optional().meta({ description: "Where the posting was published." }),
    publisher: label("Who published it (a job board, a forum, the organisation's site).", 200).optional(),
    retrievedOn: IsoDateSchema.optional().meta({ description: "When it was retrieved." }),
    externalId: label("The posting's identifier at the source (a France Travail offer id).", 100).optional(),
    note: paragraph("Anything else about where the posting comes from.", 2000).optional(),
  })
  .strict()
  .meta({ id: "Provenance", title: "Provenance", description: "Where the posting comes from." });

/** Where the posting comes from. */
export type { Provenance } from "../generated/types.js";
