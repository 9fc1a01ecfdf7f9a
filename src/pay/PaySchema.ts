import { z } from "zod";
import { label, paragraph } from "../text/text.js";
import { PayAmountSchema } from "./PayAmountSchema.js";

/** What a stated pay depends on ("selon profil", "en fonction du niveau de qualification"). */
export const PayFactorSchema = z.enum(["qualification", "experience", "profile", "age", "seniority", "hours"]).meta({
  id: "PayFactor",
  title: "Pay factor",
  description: "What the pay depends on: qualification, experience, profile, age, seniority, hours worked.",
});

/** An envelope for expenses, separate from the pay or fee ("enveloppe complémentaire d'environ 1000 €"). */
export const ExpensesEnvelopeSchema = z
  .object({
    amount: PayAmountSchema.optional(),
    covers: label('What it covers ("frais d\'impression, fournitures").', 500).optional(),
    approval: label('How spending is approved ("validée au fil de l\'eau par le bureau").', 500).optional(),
  })
  .strict()
  .meta({ id: "ExpensesEnvelope", title: "Expenses envelope", description: "An envelope for expenses, separate from the pay or fee." });

/** An envelope for expenses, separate from the pay. */
export type { ExpensesEnvelope } from "../generated/types.js";

/**
 * What the posting says about pay, in every French convention the seeds and common practice use:
 * - an amount or range (`amount`), gross or net, per hour, day, month, year or whole mission;
 * - pay set by the collective agreement grid (`followsAgreement`, with the classification in
 *   `collectiveAgreement`), with a negotiable complement (`complementNegotiable`);
 * - "à négocier" (`negotiable`), "selon profil" (`dependsOn`);
 * - the legal amount of the contract: service-civique indemnity, stage gratification, apprentice pay
 *   (`statutory`);
 * - a freelance fee (`amount` with `period: "mission"`), a daily rate (`dailyRate`, or
 *   `dailyRateToPropose`) and a separate expenses envelope (`expenses`).
 */
export const PaySchema = z
  .object({
    amount: PayAmountSchema.optional().meta({ description: "The stated amount or range." }),
    followsAgreement: z
      .boolean()
      .optional()
      .meta({ description: "True when pay follows the collective agreement's grid for the stated classification (`collectiveAgreement`)." }),
    complementNegotiable: z
      .boolean()
      .optional()
      .meta({ description: 'True when a negotiated complement is added to the grid amount ("le barème fixé par le statut sera complété").' }),
    negotiable: z.boolean().optional().meta({ description: 'True when pay is open to negotiation ("à négocier").' }),
    dependsOn: z.array(PayFactorSchema).min(1).max(6).optional().meta({ description: "What the pay depends on." }),
    statutory: z
      .boolean()
      .optional()
      .meta({
        description:
          'True when pay is the legal amount for the contract ("selon les règles de rémunération en vigueur"): service-civique indemnity, stage gratification, apprentice minimum.',
      }),
    dailyRate: PayAmountSchema.optional().meta({ description: "A freelance daily rate, when stated." }),
    dailyRateToPropose: z
      .boolean()
      .optional()
      .meta({ description: 'True when applicants must state their own daily rate ("en précisant votre tarif journalier").' }),
    expenses: ExpensesEnvelopeSchema.optional(),
    smic: z
      .object({
        percent: z.number().gt(0).max(1000).optional().meta({ description: 'The pay in percent of the SMIC: 110 for "110 % du SMIC" or "SMIC + 10 %", 120 for "1,2 fois le SMIC".' }),
        plus: PayAmountSchema.optional().meta({ description: 'An amount added to the SMIC, per hour or month ("SMIC horaire + 1 €").' }),
      })
      .strict()
      .optional()
      .meta({ description: "Pay stated relative to the SMIC (a percentage of it, or the SMIC plus an amount); plain \"SMIC\" is `statutory`." }),
    serviceCiviqueIndemnity: z
      .object({
        state: PayAmountSchema.optional().meta({ description: "The part the State pays (the indemnity proper, Code du service national R121-23)." }),
        host: PayAmountSchema.optional().meta({ description: "The part the host pays (the prestation de subsistance, R121-25)." }),
      })
      .strict()
      .optional()
      .meta({
        description:
          'A service-civique indemnity stated as its parts: "465,83 € par l\'État, à laquelle s\'ajoute un complément de 106,04 € pris en charge par l\'organisme d\'accueil".',
      }),
    text: paragraph("The pay statement exactly as the posting words it.", 1000).optional(),
  })
  .strict()
  .meta({ id: "Pay", title: "Pay", description: "What the posting says about pay, structured." });

/** What the posting says about pay. */
export type { Pay } from "../generated/types.js";
/** What a stated pay depends on. */
export type { PayFactor } from "../generated/types.js";
