import type { Diagnostic, Locale } from "./Diagnostic.js";
import type { InputProblem } from "./inspectInput.js";

/** Any value as a short text for a message: strings quoted and cut, other values by their type. Never throws. */
function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return String(value);
  return typeof value;
}

/** `null`, `array` or the `typeof` of a value. Never throws (a revoked proxy is an `object`). */
function typeName(value: unknown): string {
  if (value === null) return "null";
  try {
    if (Array.isArray(value)) return "array";
  } catch {
    return "object";
  }
  return typeof value;
}

const MESSAGES = {
  "input/too-deep": {
    fr: (limit: string) => `Données imbriquées trop profondément (plus de ${limit} niveaux) : validation refusée.`,
    en: (limit: string) => `Input nested too deeply (more than ${limit} levels): not validated.`,
  },
  "input/too-large": {
    fr: (limit: string) => `Données trop volumineuses (plus de ${limit} valeurs) : validation refusée.`,
    en: (limit: string) => `Input too large (more than ${limit} values): not validated.`,
  },
  "input/cycle": {
    fr: () => "Les données contiennent une référence circulaire : ce n'est pas du JSON.",
    en: () => "The input contains a circular reference: it is not JSON.",
  },
  "input/unreadable": {
    fr: () => "Une propriété des données ne peut pas être lue (accesseur qui lève une erreur).",
    en: () => "A property of the input cannot be read (an accessor throws).",
  },
  "internal/invalid-input": {
    fr: (what: string) => `Ce n'est pas une offre d'emploi (un objet était attendu, reçu ${what}) : validez d'abord les données avec validateJobPosting.`,
    en: (what: string) => `This is not a job posting (an object was expected, got ${what}): validate the data with validateJobPosting first.`,
  },
  "options/invalid-date": {
    fr: (what: string) => `Option date invalide (${what}) : une date AAAA-MM-JJ existante est attendue. Les règles jugent l'offre à sa date, sinon à la date du jour.`,
    en: (what: string) => `Invalid date option (${what}): an existing YYYY-MM-DD date is expected. The rules judge the posting at its own date, else today.`,
  },
} as const;

/**
 * The diagnostics that are not findings about a posting's content: a raw input the validator refuses
 * to walk (`input/…`, from {@link InputProblem}), a value that is not a posting given to a function
 * that expects one (`internal/invalid-input`), an options `date` that is not a `YYYY-MM-DD` date
 * (`options/invalid-date`). All are errors. Never throws.
 *
 * @param kind - The problem: an {@link InputProblem}, or `{ code: "internal/invalid-input" | "options/invalid-date", value }`.
 * @param locale - Language of the message.
 * @returns The diagnostic, at the input's root unless the problem has a path.
 * @example
 * ```ts
 * inputDiagnostic({ code: "options/invalid-date", value: "01/06/2024" }, "en").message;
 * // 'Invalid date option ("01/06/2024"): an existing YYYY-MM-DD date is expected. …'
 * ```
 * @internal
 */
export function inputDiagnostic(
  kind: InputProblem | { code: "internal/invalid-input" | "options/invalid-date"; value: unknown },
  locale: Locale,
): Diagnostic {
  const en = locale === "en";
  let message: string;
  switch (kind.code) {
    case "input/too-deep":
    case "input/too-large":
      message = MESSAGES[kind.code][en ? "en" : "fr"](String(kind.limit));
      break;
    case "input/cycle":
    case "input/unreadable":
      message = MESSAGES[kind.code][en ? "en" : "fr"]();
      break;
    default:
      message = MESSAGES[kind.code][en ? "en" : "fr"](kind.code === "internal/invalid-input" ? typeName(kind.value) : shown(kind.value));
  }
  return { code: kind.code, severity: "error", path: "path" in kind ? [...kind.path] : [], message };
}
