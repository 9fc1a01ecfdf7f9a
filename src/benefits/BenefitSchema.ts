import { z } from "zod";
import type { Benefit } from "../generated/types.js";
import { label } from "../text/text.js";

/**
 * A benefit offered with the job:
 * - `titres-restaurant` (meal vouchers), `mutuelle` (complementary health cover), `prevoyance`;
 * - `transport`: the share of the public-transport pass the employer pays (50 % by law, Code du travail
 *   L3261-2), the forfait mobilités durables, or both as alternatives;
 * - `training`, `cheques-vacances`, `thirteenth-month`, `housing`, `equipment`, `other`.
 */
export const BenefitSchema = z
  .object({
    type: z
      .enum([
        "titres-restaurant",
        "mutuelle",
        "prevoyance",
        "transport",
        "training",
        "cheques-vacances",
        "thirteenth-month",
        "housing",
        "equipment",
        "other",
      ])
      .meta({ description: "The kind of benefit." }),
    publicTransportShare: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .meta({ description: "For `transport`: the share of the public-transport pass paid by the employer (`0.5` for 50 %)." }),
    pass: label('For `transport`: the pass named ("Navigo").', 100).optional(),
    sustainableMobilityAllowance: z
      .boolean()
      .optional()
      .meta({ description: "For `transport`: true when the forfait mobilités durables is offered." }),
    label: label("The benefit as the posting words it.", 500).optional(),
  })
  .strict()
  .meta({ id: "Benefit", title: "Benefit", description: "A benefit offered with the job (avantage)." });

/** A benefit offered with the job. */
export type { Benefit } from "../generated/types.js";
/** The kind of a benefit. */
export type BenefitType = Benefit["type"];
