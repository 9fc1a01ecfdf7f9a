import { z } from "zod";

const payPeriodSchema = z.enum(["hour", "day", "week", "month", "year", "mission"]).meta({
  id: "PayPeriod",
  title: "Pay period",
  description: "What the amount is counted per: hour, day, week, month, year, or the whole mission (`mission`).",
});
type PayPeriodZod = typeof payPeriodSchema;
/** The zod type of {@link PayPeriodSchema}, by name: declarations refer to it instead of repeating its shape. */
export interface PayPeriodSchemaType extends PayPeriodZod {}
/** What a pay figure is counted per. `mission` is a flat amount for the whole mission or engagement. */
export const PayPeriodSchema: PayPeriodSchemaType = payPeriodSchema;

/** What a pay figure is counted per. */
export type { PayPeriod } from "../generated/types.js";

const payAmountSchema = z
  .object({
    value: z.number().min(0).max(10_000_000).optional().meta({ description: "The amount, when a single figure is stated." }),
    min: z.number().min(0).max(10_000_000).optional().meta({ description: "The lower bound of a stated range." }),
    max: z.number().min(0).max(10_000_000).optional().meta({ description: "The upper bound of a stated range." }),
    currency: z.literal("EUR").meta({ description: "ISO 4217 currency code. Only `EUR` is supported." }),
    period: PayPeriodSchema,
    basis: z
      .enum(["gross", "net"])
      .optional()
      .meta({ description: "Gross (brut, before employee contributions) or net. Absent when the posting does not say." }),
    tax: z
      .enum(["excluding-vat", "including-vat"])
      .optional()
      .meta({ description: "For a fee invoiced by a provider: before (HT) or including (TTC) VAT, when stated." }),
    monthsPerYear: z
      .number()
      .min(12)
      .max(14)
      .optional()
      .meta({ description: "For a monthly salary: on how many months it is paid (12, 13 with a 13th month…)." }),
    weeklyHours: z
      .number()
      .gt(0)
      .max(70)
      .optional()
      .meta({ description: 'The weekly hours the amount is for, when stated with it ("1 000 € net par mois pour 18 heures par semaine").' }),
    approximate: z.boolean().optional().meta({ description: 'True when the posting gives the figure as approximate ("environ", "à hauteur d\'environ").' }),
  })
  .strict()
  .meta({
    id: "PayAmount",
    title: "Pay amount",
    description: "An amount or range of money, per period, gross or net.",
  });
type PayAmountZod = typeof payAmountSchema;
/** The zod type of {@link PayAmountSchema}, by name: declarations refer to it instead of repeating its shape. */
export interface PayAmountSchemaType extends PayAmountZod {}
/**
 * An amount of money as postings state it: a single `value` or a `min`/`max` range, per a period,
 * gross (brut) or net, before or after VAT for a freelance fee, on 12 or 13 months.
 * "1700 à 2000€ brut" per month is `{ min: 1700, max: 2000, currency: "EUR", basis: "gross", period: "month" }`.
 */
export const PayAmountSchema: PayAmountSchemaType = payAmountSchema;

/** An amount of money as postings state it. */
export type { PayAmount } from "../generated/types.js";
