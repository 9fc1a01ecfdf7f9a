import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import { postingDate } from "../dates/postingDate.js";
import { RULES } from "../rules/index.js";
import type { Rule } from "../rules/Rule.js";
import type { Diagnostic, Locale, Severity } from "./Diagnostic.js";

/** A rule's severity as a caller sets it; `off` disables the rule. */
export type RuleSetting = Severity | "off";

/** Options of {@link lintJobPosting}. */
export interface LintOptions {
  /** The date the posting is judged at, `YYYY-MM-DD`. Default: the posting's date ({@link postingDate}: published, else updated, else its application deadline), else today. */
  date?: string;
  /** Language of the messages. Default `fr`. */
  locale?: Locale;
  /** Per-rule severity overrides by code, as ESLint does: `{ "pay/not-disclosed": "off" }`. */
  rules?: Readonly<Record<string, RuleSetting>>;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Runs the rules on a posting that already passed the schema, and returns their diagnostics.
 * A rule that fails unexpectedly yields an `internal/rule-failed` diagnostic instead of throwing.
 *
 * @param posting - A posting, as returned by `validateJobPosting` or `JobPostingSchema.parse`.
 * @param options - Reference date, locale and per-rule severities.
 * @returns The diagnostics, in rule order.
 * @example
 * ```ts
 * import { lintJobPosting, type JobPosting } from "ess-jobs";
 * const posting: JobPosting = { title: "Animateur·rice", organisation: { name: "MJC" }, contracts: [{ type: "cdi" }], dates: { posted: "2024-06-03" } };
 * const diagnostics = lintJobPosting(posting, { locale: "en", rules: { "pay/not-disclosed": "off" } });
 * ```
 */
export function lintJobPosting(posting: JobPosting, options: LintOptions = {}): Diagnostic[] {
  const locale = options.locale ?? "fr";
  const context = { date: options.date ?? postingDate(posting) ?? today(), cache: new Map<string, unknown>() };
  const out: Diagnostic[] = [];
  for (const rule of RULES as readonly Rule[]) {
    const override = options.rules?.[rule.code];
    const setting = override ?? rule.defaultSeverity;
    if (setting === "off") continue;
    try {
      for (const f of rule.check(posting, context)) {
        const severity = override === undefined ? (f.severity ?? setting) : setting;
        out.push({ code: rule.code, severity, path: f.path, message: rule.message[locale](f.params ?? {}) });
      }
    } catch (error) {
      out.push({
        code: "internal/rule-failed",
        severity: "error",
        path: [],
        message:
          locale === "fr"
            ? `La règle ${rule.code} a échoué : ${String(error)}. Merci de signaler ce défaut.`
            : `Rule ${rule.code} failed: ${String(error)}. Please report this bug.`,
      });
    }
  }
  return out;
}
