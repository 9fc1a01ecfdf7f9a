import { JobPostingSchema, type JobPosting } from "../jobPosting/JobPostingSchema.js";
import type { Diagnostic, Locale } from "./Diagnostic.js";
import { DEFAULT_INPUT_LIMITS, inspectInput, type InputLimits, type InputProblem } from "./inspectInput.js";
import { lintJobPosting, type RuleSetting } from "./lintJobPosting.js";
import { structureDiagnostics } from "./structureDiagnostics.js";

/** Options of {@link validateJobPosting}. */
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

/** The outcome of {@link validateJobPosting}. */
export interface ValidationResult {
  /** True when no diagnostic has severity `error`. */
  valid: boolean;
  /** The posting, typed, when the structure is valid (even if rules found errors). */
  posting?: JobPosting;
  /** Every finding, structure first, then rules. */
  diagnostics: Diagnostic[];
}

const INPUT_MESSAGES: Record<InputProblem["code"], Record<Locale, (p: InputProblem) => string>> = {
  "input/too-deep": {
    fr: (p) => `Données imbriquées trop profondément (plus de ${"limit" in p ? p.limit : "?"} niveaux) : validation refusée.`,
    en: (p) => `Input nested too deeply (more than ${"limit" in p ? p.limit : "?"} levels): not validated.`,
  },
  "input/too-large": {
    fr: (p) => `Données trop volumineuses (plus de ${"limit" in p ? p.limit : "?"} valeurs) : validation refusée.`,
    en: (p) => `Input too large (more than ${"limit" in p ? p.limit : "?"} values): not validated.`,
  },
  "input/cycle": {
    fr: () => "Les données contiennent une référence circulaire : ce n'est pas du JSON.",
    en: () => "The input contains a circular reference: it is not JSON.",
  },
  "input/unreadable": {
    fr: () => "Une propriété des données ne peut pas être lue (accesseur qui lève une erreur).",
    en: () => "A property of the input cannot be read (an accessor throws).",
  },
};

/**
 * Validates anything claimed to be a job posting: first its structure against {@link JobPostingSchema},
 * then (unless `rules: false`) the rules. Never throws: hostile input (cycles, deep nesting, huge
 * values, throwing accessors, `__proto__` keys) yields diagnostics.
 *
 * @param input - Parsed JSON, or any value.
 * @param options - Locale, rules, reference date, limits.
 * @returns `{ valid, posting?, diagnostics }`.
 * @example
 * ```ts
 * const result = validateJobPosting({ title: "Animateur·rice", organisation: { name: "MJC" }, contracts: [{ type: "cdi" }] });
 * result.valid; // true
 * validateJobPosting({}, { locale: "en" }).diagnostics[0]?.message; // 'The field "title" is required.'
 * ```
 */
export function validateJobPosting(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const locale: Locale = options.locale === "en" ? "en" : "fr";
  let problem: InputProblem | undefined;
  try {
    problem = inspectInput(input, { ...DEFAULT_INPUT_LIMITS, ...options.limits });
  } catch {
    problem = { code: "input/unreadable", path: [] };
  }
  if (problem) {
    return { valid: false, diagnostics: [{ code: problem.code, severity: "error", path: problem.path, message: INPUT_MESSAGES[problem.code][locale](problem) }] };
  }
  let parsed: ReturnType<typeof JobPostingSchema.safeParse>;
  try {
    parsed = JobPostingSchema.safeParse(input, { reportInput: true });
  } catch {
    return { valid: false, diagnostics: [{ code: "input/unreadable", severity: "error", path: [], message: INPUT_MESSAGES["input/unreadable"][locale]({ code: "input/unreadable", path: [] }) }] };
  }
  if (!parsed.success) {
    return { valid: false, diagnostics: structureDiagnostics(parsed.error.issues, locale) };
  }
  const posting = parsed.data;
  const diagnostics =
    options.rules === false
      ? []
      : lintJobPosting(posting, { locale, ...(options.date ? { date: options.date } : {}), ...(options.ruleSeverities ? { rules: options.ruleSeverities } : {}) });
  return { valid: !diagnostics.some((d) => d.severity === "error"), posting, diagnostics };
}
