import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import type { Diagnostic, Locale } from "./Diagnostic.js";
import { DEFAULT_INPUT_LIMITS, inspectInput, type InputProblem } from "./inspectInput.js";
import { lintJobPosting } from "./lintJobPosting.js";
import type { ValidateOptions } from "./ValidateOptions.js";

/**
 * What a flavour's structure check says of an input: the typed posting, or the structure diagnostics
 * in the locale asked for.
 * @internal
 */
export type StructureOutcome<P> = { success: true; data: P } | { success: false; diagnostics: Diagnostic[] };

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
 * The validation flow shared by the zod and the valibot flavours of `validateJobPosting`: the input
 * guard ({@link inspectInput}), the flavour's structure check (`checkStructure`, which must not
 * throw on input that passed the guard; if it does, the input is reported unreadable), then the
 * rules ({@link lintJobPosting}) unless `rules: false`. Never throws.
 *
 * @param input - Parsed JSON, or any value.
 * @param options - Locale, rules, reference date, limits.
 * @param checkStructure - The flavour's schema check, giving the posting or diagnostics in the locale.
 * @returns `{ valid, posting?, diagnostics }`.
 * @example
 * ```ts
 * validateWith(input, { locale: "en" }, (value, locale) => {
 *   const parsed = JobPostingSchema.safeParse(value);
 *   return parsed.success ? { success: true, data: parsed.data } : { success: false, diagnostics: structureDiagnostics(parsed.error.issues, locale) };
 * });
 * ```
 * @internal
 */
export function validateWith<P extends JobPosting>(
  input: unknown,
  options: ValidateOptions,
  checkStructure: (input: unknown, locale: Locale) => StructureOutcome<P>,
): { valid: boolean; posting?: P; diagnostics: Diagnostic[] } {
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
  let outcome: StructureOutcome<P>;
  try {
    outcome = checkStructure(input, locale);
  } catch {
    return { valid: false, diagnostics: [{ code: "input/unreadable", severity: "error", path: [], message: INPUT_MESSAGES["input/unreadable"][locale]({ code: "input/unreadable", path: [] }) }] };
  }
  if (!outcome.success) {
    return { valid: false, diagnostics: outcome.diagnostics };
  }
  const posting = outcome.data;
  const diagnostics =
    options.rules === false
      ? []
      : lintJobPosting(posting, { locale, ...(options.date ? { date: options.date } : {}), ...(options.ruleSeverities ? { rules: options.ruleSeverities } : {}) });
  return { valid: !diagnostics.some((d) => d.severity === "error"), posting, diagnostics };
}
