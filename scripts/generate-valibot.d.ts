import { z } from "zod";
/** Where the generated file goes, from the repository's root. */
export declare const VALIBOT_SCHEMA_PATH = "src/valibot/generated/JobPostingSchema.ts";
/**
 * The generated file's text, for the schema `root` (by default the posting's), which must have an
 * `id` in its metadata. Throws on any zod construct it cannot translate.
 */
export declare function buildValibotSchema(root?: z.core.$ZodType): string;
