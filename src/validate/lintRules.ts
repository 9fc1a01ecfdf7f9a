import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import { postingDate } from "../dates/postingDate.js";
import { isIsoDate } from "../parameters/isIsoDate.js";
import { RULES } from "../rules/index.js";
import type { Rule } from "../rules/Rule.js";
import type { Diagnostic, Locale, Severity } from "./Diagnostic.js";
import { inputDiagnostic } from "./inputDiagnostic.js";
import { isRecord } from "./isRecord.js";

/** The UTC day of the last call and the instants it spans, so that a run of undated postings formats it once a day. */
let day = { text: "", from: 0, until: 0 };
function today(): string {
  const now = Date.now();
  if (now < day.from || now >= day.until) {
    const from = now - (now % 86_400_000);
    day = { text: new Date(now).toISOString().slice(0, 10), from, until: from + 86_400_000 };
  }
  return day.text;
}
const SETTINGS = new Set(["error", "warning", "info", "off"]);

/** An error as text for a message, whatever was thrown. */
function describeError(error: unknown): string {
  try {
    return String(error);
  } catch {
    return typeof error;
  }
}

/**
 * Runs the rules on a posting already checked (a record the input guard accepted): the reference
 * date (an invalid `date` gives an `options/invalid-date` error and the posting's date, else today,
 * is used), then every rule not turned off, each in a try/catch (`internal/rule-failed`). The body of
 * `lintJobPosting` and of the rules step of `validateJobPosting`. Never throws.
 *
 * @param posting - The posting.
 * @param options - `locale` (checked), `date` and `rules` (severity overrides) as the caller gave them, unchecked.
 * @returns The diagnostics: the options' first, then the rules' in rule order.
 * @example
 * ```ts
 * lintRules(posting, { locale: "en", date: "2024-06-01", rules: { "pay/not-disclosed": "off" } });
 * ```
 * @internal
 */
export function lintRules(posting: JobPosting, options: { locale: Locale; date?: unknown; rules?: unknown }): Diagnostic[] {
  const { locale } = options;
  const out: Diagnostic[] = [];
  let date: string | undefined;
  if (options.date !== undefined) {
    if (isIsoDate(options.date)) date = options.date;
    else out.push(inputDiagnostic({ code: "options/invalid-date", value: options.date }, locale));
  }
  if (date === undefined) {
    try {
      date = postingDate(posting);
    } catch {
      date = undefined;
    }
  }
  const context = { date: date ?? today(), cache: new Map<string, unknown>() };
  const settings = isRecord(options.rules) ? options.rules : undefined;
  for (let r = 0; r < RULES.length; r++) {
    const rule = RULES[r] as Rule;
    let override: Severity | "off" | undefined;
    if (settings !== undefined) {
      try {
        const value = settings[rule.code];
        if (typeof value === "string" && SETTINGS.has(value)) override = value as Severity | "off";
      } catch {
        override = undefined;
      }
    }
    const setting = override ?? rule.defaultSeverity;
    if (setting === "off") continue;
    try {
      // An indexed loop: a rule returns an array, and the iterator protocol costs on 40 rules × each posting.
      const findings = rule.check(posting, context);
      for (let k = 0; k < findings.length; k++) {
        const f = findings[k]!;
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
            ? `La règle ${rule.code} a échoué : ${describeError(error)}. Merci de signaler ce défaut.`
            : `Rule ${rule.code} failed: ${describeError(error)}. Please report this bug.`,
      });
    }
  }
  return out;
}
