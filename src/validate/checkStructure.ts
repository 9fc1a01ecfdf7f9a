import { JobPostingSchema, type JobPosting } from "../jobPosting/JobPostingSchema.js";
import type { Locale } from "./Diagnostic.js";
import { JobPostingFailures, parseJobPostingFast, parseJobPostingFastWithin } from "./generated/parseJobPostingFast.js";
import type { InputLimits } from "./inspectInput.js";
import { structureDiagnostics, type StructureIssue } from "./structureDiagnostics.js";
import type { StructureOutcome } from "./validateWith.js";

type RawIssue = StructureIssue & { path?: PropertyKey[] };
type Runnable = { _zod: { run(payload: { value: unknown; issues: RawIssue[] }, ctx: { async: false }): unknown } };

const SHAPE = JobPostingSchema.shape as unknown as Record<string, Runnable>;
const KEYS = new Set(Object.keys(SHAPE));

/** zod's raw result, synchronous (a fresh context each time: zod keeps its per-parse memo in it). */
function run(schema: Runnable, value: unknown): { value: unknown; issues: RawIssue[] } {
  const result = schema._zod.run({ value, issues: [] }, { async: false });
  if (result instanceof Promise) throw new Error("the schema has an asynchronous refinement");
  return result as { value: unknown; issues: RawIssue[] };
}

/**
 * The structure check of the zod flavour. A posting the generated fast path accepts
 * (scripts/generate-fast-path.ts: straight-line code from the same zod schema) gets its output, which
 * is zod's. Otherwise zod gives the diagnostics: the fast path names the posting's properties zod
 * would report, and zod runs on those alone, its issues put together as `JobPostingSchema` (a strict
 * object) puts them: each property's, in the shape's order, prefixed with the key, then one
 * `unrecognized_keys` for the enumerable keys the shape lacks. Whenever the fast path and zod could
 * part (an input that is not an object, a property zod finds no issue with, a throw), zod runs on the
 * whole posting. test/fastPath/ proves the results equal to `JobPostingSchema.safeParse`'s.
 * `rejectedByFastPath`: {@link fastStructure} already ran the fast path on this input and it said
 * `undefined` (without throwing), so it is not run again.
 * @internal
 */
export function checkStructure(input: unknown, locale: Locale, rejectedByFastPath = false): StructureOutcome<JobPosting> {
  let data: JobPosting | undefined;
  let issues: RawIssue[] | undefined;
  try {
    data = rejectedByFastPath ? undefined : parseJobPostingFast(input);
    if (data === undefined) issues = propertyIssues(input);
  } catch {
    // A hostile value (a throwing getter or proxy trap): zod reads it again and decides.
    data = issues = undefined;
  }
  if (data !== undefined) return { success: true, data };
  return issues === undefined ? checkStructureWithZod(input, locale) : { success: false, diagnostics: structureDiagnostics(issues, locale) };
}

/**
 * The generated fast path run before the input guard, within its limits: the posting when the input is
 * valid and within `limits` (the fast path counts at least the nodes `inspectInput` counts, and stops
 * past the limits), so the guard has nothing to report; `undefined` when the schema rejects it. Throws
 * past the limits, or where the input throws: then the guard decides, as for any input.
 * @internal
 */
export function fastStructure(input: unknown, limits: InputLimits): JobPosting | undefined {
  return parseJobPostingFastWithin(input, limits.maxDepth, limits.maxNodes);
}

/** The issues of zod on the properties the fast path refuses, and on unknown keys; `undefined` when zod must judge the whole input. */
function propertyIssues(input: unknown): RawIssue[] | undefined {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return undefined;
  const failed = JobPostingFailures(input);
  const issues: RawIssue[] = [];
  for (let i = 0; i < failed.length; i += 2) {
    const key = failed[i] as string;
    const result = run(SHAPE[key]!, failed[i + 1]);
    if (result.issues.length === 0) return undefined;
    for (const issue of result.issues) {
      issue.path = issue.path ? [key, ...issue.path] : [key];
      issues.push(issue);
    }
  }
  // zod's strict object reports every enumerable key, own or inherited, its shape lacks, `__proto__` included.
  const unknown: string[] = [];
  for (const key in input) if (!KEYS.has(key)) unknown.push(key);
  if (unknown.length > 0) issues.push({ code: "unrecognized_keys", keys: unknown, input, path: [] } as unknown as RawIssue);
  return issues.length > 0 ? issues : undefined;
}

/**
 * The structure check by zod alone: `JobPostingSchema` run on the whole input, its raw issues turned
 * into diagnostics (what `safeParse(input, { reportInput: true })` gives, without building the
 * `ZodError`, its stack trace and zod's English messages, which are never shown). Throws where zod throws.
 * @internal
 */
export function checkStructureWithZod(input: unknown, locale: Locale): StructureOutcome<JobPosting> {
  const result = run(JobPostingSchema as unknown as Runnable, input);
  return result.issues.length === 0 ? { success: true, data: result.value as JobPosting } : { success: false, diagnostics: structureDiagnostics(result.issues, locale) };
}
