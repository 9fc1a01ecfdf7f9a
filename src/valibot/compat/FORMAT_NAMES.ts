/**
 * The zod format names (`date`, `email`) of the patterns that stand for zod's string formats in the
 * generated valibot schema, by pattern object; registered by {@link format}.
 * @internal
 */
export const FORMAT_NAMES = new WeakMap<RegExp, string>();
