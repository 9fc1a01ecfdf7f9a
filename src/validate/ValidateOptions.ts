import type { Locale } from "./Diagnostic.js";
import type { InputLimits } from "./inspectInput.js";
import type { RuleSetting } from "./lintJobPosting.js";

/**
 * Options of `validateJobPosting` (the zod and the valibot flavours take the same). `null` or a
 * non-object counts as no options.
 *
 * The names are those of `lintJobPosting`, of the CLI and of its config file: `rules` is always the
 * per-rule severities (`--rule` on the command line), `structureOnly` always skips the rules
 * (`--structure-only`).
 */
export interface ValidateOptions {
  /** Language of the messages: `fr` (default) or `en`, for this call only. */
  locale?: Locale;
  /** Check the structure only, without running the rules (default `false`). */
  structureOnly?: boolean;
  /**
   * Per-rule severities by code, as ESLint does: `{ "pay/not-disclosed": "off", "pay/below-smic": "warning" }`.
   * A value other than a severity or `off` is ignored.
   *
   * Deprecated form: a boolean (`rules: false` means `structureOnly: true`; `rules: true` is the default).
   */
  rules?: Readonly<Record<string, RuleSetting>> | boolean;
  /**
   * The date the rules judge the posting at, `YYYY-MM-DD`. Default: the posting's date, else today. A value
   * that is not an existing `YYYY-MM-DD` date gives an `options/invalid-date` error (the posting is then
   * not valid) and the default is used.
   */
  date?: string;
  /**
   * Per-rule severity overrides, by code.
   * @deprecated Use `rules` (the same object): `ruleSeverities` is still read, and `rules` wins for a code both name.
   */
  ruleSeverities?: Readonly<Record<string, RuleSetting>>;
  /** Limits on the raw input's nesting and size. */
  limits?: Partial<InputLimits>;
}
