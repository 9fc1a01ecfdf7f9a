import type { z } from "zod";
import type { Diagnostic, DiagnosticPath, Locale } from "./Diagnostic.js";
import { FORMAT_HINTS, STRUCTURE_MESSAGES, type StructureMessageParams } from "./structureMessages.js";
import { suggestKey } from "./suggestKey.js";

type Issue = z.core.$ZodIssue & { input?: unknown };

/**
 * A zod issue as the diagnostics read it: finalized (`error.issues`) or raw (from `_zod.run`, whose
 * issues at the root have no `path`).
 * @internal
 */
export type StructureIssue = Omit<z.core.$ZodIssue, "path"> & { path?: PropertyKey[] };

function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "nan";
  return typeof value;
}

function message(code: string, locale: Locale, params: StructureMessageParams): string {
  const templates = STRUCTURE_MESSAGES[code] ?? STRUCTURE_MESSAGES["structure/invalid"]!;
  return templates[locale](params);
}

function lastKey(path: DiagnosticPath): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === "string") return path[i] as string;
  return undefined;
}

function formatHint(issue: Issue & { code: "invalid_format" }, path: DiagnosticPath, locale: Locale): string | undefined {
  const key = lastKey(path);
  if (issue.format === "date" || issue.format === "email" || issue.format === "url") return FORMAT_HINTS[issue.format]?.[locale];
  if (key === "date" || key === "earliest" || key === "latest" || key === "end" || key === "foundedOn" || key === "when") {
    return FORMAT_HINTS["date_partial"]![locale];
  }
  if (key && FORMAT_HINTS[key]) return FORMAT_HINTS[key][locale];
  if (key === "website" || key === "url" || key === "sourceUrl") return FORMAT_HINTS["url"]![locale];
  return locale === "fr" ? `la valeur ne respecte pas le format attendu (${issue.pattern ?? issue.format}).` : `the value does not match the expected format (${issue.pattern ?? issue.format}).`;
}

/**
 * Turns zod issues into diagnostics with stable codes and messages in the locale, without using
 * zod's own (global) locale configuration.
 * @internal
 */
export function structureDiagnostics(issues: readonly (z.core.$ZodIssue | StructureIssue)[], locale: Locale, basePath: DiagnosticPath = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const raw of issues) {
    const issue = raw as Issue;
    const path: DiagnosticPath = [...basePath, ...((issue.path ?? []) as (string | number)[])];
    const push = (code: string, params: StructureMessageParams, at: DiagnosticPath = path) =>
      out.push({ code, severity: "error", path: at, message: message(code, locale, params) });
    switch (issue.code) {
      case "invalid_type": {
        if (issue.input === undefined && typeof path[path.length - 1] === "string") {
          push("structure/required", { key: String(path[path.length - 1]) });
        } else {
          push("structure/invalid-type", { expected: issue.expected, received: jsonTypeOf(issue.input) });
        }
        break;
      }
      case "unrecognized_keys":
        for (const key of issue.keys) push("structure/unknown-key", { key, suggestion: suggestKey(key) }, [...path, key]);
        break;
      case "too_small":
      case "too_big": {
        const small = issue.code === "too_small";
        const limit = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
        const code =
          issue.origin === "string"
            ? small ? "structure/too-short" : "structure/too-long"
            : issue.origin === "array" || issue.origin === "set"
              ? small ? "structure/too-few-items" : "structure/too-many-items"
              : small ? "structure/too-small" : "structure/too-big";
        push(code, { limit: limit as number, inclusive: issue.inclusive ?? true });
        break;
      }
      case "invalid_value":
        if (issue.input === undefined && typeof path[path.length - 1] === "string") push("structure/required", { key: String(path[path.length - 1]) });
        else push("structure/invalid-value", { values: issue.values });
        break;
      case "invalid_format":
        push("structure/invalid-format", { format: issue.format, hint: formatHint(issue, path, locale) });
        break;
      case "invalid_union": {
        const u = issue as z.core.$ZodIssueInvalidUnion & { discriminator?: string; options?: unknown[]; note?: string };
        if (u.discriminator !== undefined) {
          // zod reports the discriminator's path, with the whole object as input.
          const value = typeof issue.input === "object" && issue.input !== null ? (issue.input as Record<string, unknown>)[u.discriminator] : undefined;
          if (value === undefined) push("structure/required", { key: u.discriminator });
          else push("structure/invalid-discriminator", { key: u.discriminator, values: u.options });
        } else {
          push("structure/invalid-union", {});
        }
        break;
      }
      case "custom": {
        const code = typeof issue.params?.["code"] === "string" ? (issue.params["code"] as string) : "structure/invalid";
        push(code, {});
        break;
      }
      default:
        push("structure/invalid", {});
    }
  }
  return out;
}
