import type { Locale } from "./Diagnostic.js";
import type { InputLimits } from "./inspectInput.js";
import type { RuleSetting } from "./lintJobPosting.js";

/** Options of `validateJobPosting` (the zod and the valibot flavours take the same). */
export interface ValidateOptions {
  /** Language of the messages: `fr` (default) or `en`, for this call only. */
  locale?: Locale;
  /** Run the rules after the structure (default `true`). */
  rules?: boolean;
  /** The date the rules judge the posting at, `YYYY-MM-DD`. Default: the posting's date, else today. */
  date?: string;
  /** Per-rule severity overrides, by code. */
  ruleSeverities?: Readonly<Record<string, RuleSetting>>;
  /** Limits on the raw input's nesting and size. */
  limits?: Partial<InputLimits>;
}
