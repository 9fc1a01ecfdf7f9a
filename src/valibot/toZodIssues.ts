import type * as v from "valibot";
import type { z } from "zod";
import { REFINEMENTS } from "../validate/REFINEMENTS.js";
import { FORMAT_NAMES } from "./compat/FORMAT_NAMES.js";

type Issue = v.BaseIssue<unknown> & { path?: { key: unknown; input?: unknown }[] };

const lengthOrigin = (input: unknown): string => (Array.isArray(input) ? "array" : typeof input === "string" ? "string" : "unknown");

const refinementCode = (fn: unknown): string | undefined => {
  for (const [code, check] of Object.entries(REFINEMENTS)) if (check === fn) return code;
  return undefined;
};

/**
 * Turns the issues of the generated valibot schema into the issues zod reports for the same input,
 * so that the zod flavour's `structureDiagnostics` gives both flavours the same codes, paths and
 * messages. Knows the issues of valibot's schemas and actions the generator emits and of the compat
 * schemas (src/valibot/compat/); any other issue becomes a zod `custom` issue (`structure/invalid`).
 *
 * @param issues - valibot's issues.
 * @returns zod-shaped issues (only the fields `structureDiagnostics` reads).
 * @example
 * ```ts
 * const result = v.safeParse(JobPostingSchema, input);
 * if (!result.success) structureDiagnostics(toZodIssues(result.issues), "fr");
 * ```
 * @internal
 */
export function toZodIssues(issues: readonly v.BaseIssue<unknown>[]): z.core.$ZodIssue[] {
  const out: Record<string, unknown>[] = [];
  for (const raw of issues) {
    const issue = raw as Issue;
    const path = (issue.path ?? []).map((p) => p.key as string | number);
    const input = issue.input;
    switch (issue.type) {
      case "string":
      case "boolean":
        out.push({ code: "invalid_type", expected: issue.type, input, path });
        break;
      case "number":
        out.push({ code: "invalid_type", expected: issue.expected === "int" ? "int" : "number", input, path });
        break;
      case "array":
        out.push({ code: "invalid_type", expected: "array", input, path });
        break;
      case "strict_object":
        if (issue.expected === "never") out.push({ code: "unrecognized_keys", keys: [input], input: issue.path?.at(-1)?.input, path: path.slice(0, -1) });
        else out.push({ code: "invalid_type", expected: "object", input, path });
        break;
      case "variant":
        if (Array.isArray(issue.requirement)) {
          out.push({ code: "invalid_union", errors: [], discriminator: path.at(-1), options: issue.requirement, input: issue.path?.at(-1)?.input, path });
        } else {
          out.push({ code: "invalid_type", expected: "object", input, path });
        }
        break;
      case "literal":
      case "picklist":
        out.push({ code: "invalid_value", values: issue.requirement, input, path });
        break;
      case "min_length":
        out.push({ code: "too_small", origin: lengthOrigin(input), minimum: issue.requirement, inclusive: true, input, path });
        break;
      case "max_length":
        out.push({ code: "too_big", origin: lengthOrigin(input), maximum: issue.requirement, inclusive: true, input, path });
        break;
      case "min_value":
      case "gt_value":
        out.push({ code: "too_small", origin: "number", minimum: issue.requirement, inclusive: issue.type === "min_value", input, path });
        break;
      case "max_value":
      case "lt_value":
        out.push({ code: "too_big", origin: "number", maximum: issue.requirement, inclusive: issue.type === "max_value", input, path });
        break;
      case "safe_integer":
        if ((input as number) > 0) out.push({ code: "too_big", origin: "int", maximum: Number.MAX_SAFE_INTEGER, inclusive: true, input, path });
        else out.push({ code: "too_small", origin: "int", minimum: Number.MIN_SAFE_INTEGER, inclusive: true, input, path });
        break;
      case "regex": {
        const pattern = issue.requirement as RegExp;
        out.push({ code: "invalid_format", origin: "string", format: FORMAT_NAMES.get(pattern) ?? "regex", pattern: String(pattern), input, path });
        break;
      }
      case "check": {
        const code = refinementCode(issue.requirement);
        out.push({ code: "custom", ...(code ? { params: { code } } : {}), input, path });
        break;
      }
      default:
        out.push({ code: "custom", input, path });
    }
  }
  return out as unknown as z.core.$ZodIssue[];
}
