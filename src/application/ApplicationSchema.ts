import { z } from "zod";
import { ApproximateDateSchema } from "../dates/ApproximateDateSchema.js";
import { IsoDateSchema } from "../dates/IsoDateSchema.js";
import { WebUrlSchema } from "../organisation/OrganisationSchema.js";
import { label, paragraph } from "../text/text.js";

/** How to apply: by e-mail, on a web page, by post or by phone. */
export const ApplicationMethodSchema = z
  .discriminatedUnion("type", [
    z
      .object({
        type: z.literal("email").meta({ description: 'Discriminator: always `"email"` for this variant.' }),
        address: z
          .email()
          .max(254)
          .optional()
          .meta({ description: "The address to write to. Left out when it is a person's own address that may not be published." }),
        subject: label("The subject line asked for.", 300).optional(),
      })
      .strict()
      .meta({ id: "EmailApplication", title: "E-mail application", description: "Apply by e-mail." }),
    z
      .object({ type: z.literal("url").meta({ description: 'Discriminator: always `"url"` for this variant.' }), url: WebUrlSchema })
      .strict()
      .meta({ id: "WebApplication", title: "Web application", description: "Apply on a web page or form." }),
    z
      .object({ type: z.literal("post").meta({ description: 'Discriminator: always `"post"` for this variant.' }), address: label("The postal address.", 500) })
      .strict()
      .meta({ id: "PostApplication", title: "Postal application", description: "Apply by post." }),
    z
      .object({
        type: z.literal("phone").meta({ description: 'Discriminator: always `"phone"` for this variant.' }),
        number: z
          .string()
          .regex(/^\+?[0-9 .()-]{6,20}$/)
          .meta({ description: "The phone number." }),
      })
      .strict()
      .meta({ id: "PhoneApplication", title: "Phone application", description: "Apply by phone." }),
  ])
  .meta({ id: "ApplicationMethod", title: "Application method", description: "How to apply, discriminated on `type`: email, url, post, phone." });

/** How to apply. */
export type { ApplicationMethod } from "../generated/types.js";

/** A document applicants must send. */
export const ApplicationDocumentSchema = z
  .object({
    type: z
      .enum(["cv", "cover-letter", "proposal", "quote", "portfolio", "references", "diploma", "other"])
      .meta({ description: "CV, cover letter (lettre de motivation), proposal, quote (devis), portfolio, references, diploma, other." }),
    maxPages: z.int().min(1).max(100).optional().meta({ description: "Page limit (\"CV (5 pages maxi)\")." }),
    required: z.boolean().optional().meta({ description: "False when optional; true or absent when required." }),
    label: label("The document as the posting words it (\"lettre de motivation personnalisée\").", 300).optional(),
  })
  .strict()
  .meta({ id: "ApplicationDocument", title: "Application document", description: "A document applicants must send." });

/** A document applicants must send. */
export type { ApplicationDocument } from "../generated/types.js";

/** The person (by role) applicants deal with. Names of private persons are better left out. */
export const ContactSchema = z
  .object({
    role: label("The contact's role (\"Responsable projets et développement\").", 200).optional(),
    name: label("The contact's name, when it may be published.", 200).optional(),
    phone: z
      .string()
      .regex(/^\+?[0-9 .()-]{6,20}$/)
      .optional()
      .meta({ description: "A phone number for questions." }),
  })
  .strict()
  .meta({ id: "Contact", title: "Contact", description: "The person applicants deal with, preferably by role." });

/** The application deadline. "Avant le 17 juillet" is `{ date: "…-07-17", inclusive: false }`. */
export const DeadlineSchema = z
  .object({
    date: IsoDateSchema,
    inclusive: z
      .boolean()
      .meta({ description: 'True when applications are accepted on that day ("jusqu\'au", "date limite"); false for "avant le".' }),
  })
  .strict()
  .meta({ id: "Deadline", title: "Deadline", description: "The last day to apply, and whether that day is included." });

/** The application deadline. */
export type { Deadline } from "../generated/types.js";

/** A step of the selection process. */
export const SelectionStepSchema = z
  .object({
    type: z
      .enum(["screening", "phone-interview", "video-interview", "interview", "test", "exercise", "other"])
      .meta({ description: "What the step is." }),
    with: z.array(z.string().min(1).max(200)).min(1).max(10).optional().meta({ description: "Who conducts it, by role." }),
    place: label("Where it happens.", 200).optional(),
    when: ApproximateDateSchema.optional().meta({ description: "When it happens (\"fin juillet\")." }),
    label: label("The step as the posting words it.", 1000).optional(),
  })
  .strict()
  .meta({ id: "SelectionStep", title: "Selection step", description: "A step of the selection process, in order." });

/** A step of the selection process. */
export type { SelectionStep } from "../generated/types.js";

/** How to apply: methods, contact, documents, deadline and selection steps. */
export const ApplicationSchema = z
  .object({
    methods: z.array(ApplicationMethodSchema).min(1).max(5).optional().meta({ description: "Ways to apply." }),
    contact: ContactSchema.optional(),
    documents: z.array(ApplicationDocumentSchema).min(1).max(15).optional().meta({ description: "Documents to send." }),
    deadline: DeadlineSchema.optional(),
    selection: z.array(SelectionStepSchema).min(1).max(10).optional().meta({ description: "Selection steps, in order." }),
    reference: label("A reference to quote when applying.", 100).optional(),
    note: paragraph("Anything else the posting says about applying.", 2000).optional(),
  })
  .strict()
  .meta({ id: "Application", title: "Application", description: "How to apply." });

/** How to apply. */
export type { Application } from "../generated/types.js";
/** The person applicants deal with. */
export type { Contact } from "../generated/types.js";
