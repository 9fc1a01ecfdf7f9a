import * as v from "valibot";
import { FORMAT_NAMES } from "./FORMAT_NAMES.js";

/**
 * valibot's `regex` for one of zod's named string formats (`z.iso.date()`, `z.email()`), with zod's
 * own pattern, so that both flavours accept the same strings and issues tell the format's name.
 *
 * @param name - zod's name of the format (`date`, `email`).
 * @param pattern - zod's pattern of the format.
 * @returns A valibot regex action.
 * @example
 * ```ts
 * const IsoDate = v.pipe(v.string(), format("date", /^\d{4}-\d{2}-\d{2}$/));
 * ```
 */
export function format<TInput extends string>(name: string, pattern: RegExp): v.RegexAction<TInput, undefined> {
  FORMAT_NAMES.set(pattern, name);
  return v.regex<TInput>(pattern);
}
