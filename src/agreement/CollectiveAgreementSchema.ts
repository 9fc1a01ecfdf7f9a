import { z } from "zod";
import { label } from "../text/text.js";
import { ClassificationSchema } from "./ClassificationSchema.js";

/** An IDCC number, the identifier of a French collective agreement, as a 4-digit string (`"1518"`, `"0413"`). */
export const IdccSchema = z
  .string()
  .regex(/^[0-9]{4}$/)
  .meta({
    id: "Idcc",
    title: "IDCC",
    description: 'The IDCC number of a collective agreement, as a 4-digit string with leading zeros (`"1518"`, `"0413"`).',
    examples: ["1518", "0413"],
  });

/** An IDCC number as a 4-digit string. */
export type { Idcc } from "../generated/types.js";

/** The collective agreement that applies to the job, and the job's classification in it. */
export const CollectiveAgreementSchema = z
  .object({
    idcc: IdccSchema,
    name: label('The agreement as the posting names it ("Animation - ECLAT").', 300).optional(),
    classification: ClassificationSchema.optional(),
  })
  .strict()
  .meta({
    id: "CollectiveAgreement",
    title: "Collective agreement",
    description: "The convention collective (by IDCC) that applies, and the job's classification in its grid.",
  });

/** The collective agreement that applies to the job. */
export type { CollectiveAgreement } from "../generated/types.js";
