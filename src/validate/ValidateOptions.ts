import type { Locale } from "./Diagnostic.js";
import type { InputLimits } from "./inspectInput.js";
import type { RuleSetting } from "./lintJobPosting.js";

/** Options of `validateJobPosting` (the zod and the valibot flavours take the same). `null` or a non-object counts as no options. */
export interface ValidateOptions {
  /** Language of the messages: `fr` (default) or `en`, for this call only. */
  locale?: Locale;
  /** Run the rules after the structure (default `true`). */
  rules?: boolean;
  /**
   * The date the rules judge the posting at, `YYYY-MM-DD`. Default: the posting's date, else today. A value
   * that is not an existing `YYYY-MM-DD` date gives an `options/invalid-date` error (the posting is then
   * not valid) and the default is used.
   */
  date?: string;
  /** Per-rule severity overrides, by code. */
  ruleSeverities?: Readonly<Record<string, RuleSetting>>;
  /** Limits on the raw input's nesting and size. */
  limits?: Partial<InputLimits>;
}
