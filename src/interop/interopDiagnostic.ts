import type { Diagnostic, DiagnosticPath, Locale, Severity } from "../validate/Diagnostic.js";

/**
 * Builds a diagnostic of the interoperability functions, its message in the locale asked for.
 * @internal
 *
 * @example
 * ```ts
 * interopDiagnostic("interop/unmapped", "info", ["logo"], "en", "« logo » n'est pas repris.", '"logo" is not kept.');
 * // { code: "interop/unmapped", severity: "info", path: ["logo"], message: '"logo" is not kept.' }
 * ```
 */
export function interopDiagnostic(code: string, severity: Severity, path: DiagnosticPath, locale: Locale, fr: string, en: string): Diagnostic {
  return { code, severity, path: [...path], message: locale === "en" ? en : fr };
}
