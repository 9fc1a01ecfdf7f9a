import { JobPostingSchema, type JobPosting } from "../jobPosting/JobPostingSchema.js";
import type { Locale } from "./Diagnostic.js";
import { parseJobPostingFast } from "./generated/parseJobPostingFast.js";
import { structureDiagnostics, type StructureIssue } from "./structureDiagnostics.js";
import type { StructureOutcome } from "./validateWith.js";

/**
 * The structure check of the zod flavour: the generated fast path first (scripts/generate-fast-path.ts,
 * straight-line code from the same zod schema), which gives zod's very output when zod would report no
 * issue; else zod itself, for the diagnostics ({@link checkStructureWithZod}). test/fastPath/ proves the
 * two give the same results.
 * @internal
 */
export function checkStructure(input: unknown, locale: Locale): StructureOutcome<JobPosting> {
  let data: JobPosting | undefined;
  try {
    data = parseJobPostingFast(input);
  } catch {
    // A hostile value (a throwing getter or proxy trap): zod reads it again and decides.
    data = undefined;
  }
  return data === undefined ? checkStructureWithZod(input, locale) : { success: true, data };
}

/**
 * The structure check by zod alone: `JobPostingSchema` run synchronously, its raw issues turned into
 * diagnostics (what `safeParse(input, { reportInput: true })` gives, without building the `ZodError`,
 * its stack trace and zod's English messages, which are never shown). Throws where zod throws.
 * @internal
 */
export function checkStructureWithZod(input: unknown, locale: Locale): StructureOutcome<JobPosting> {
  const result = JobPostingSchema._zod.run({ value: input, issues: [] }, { async: false });
  if (result instanceof Promise) throw new Error("the schema has an asynchronous refinement");
  return result.issues.length === 0
    ? { success: true, data: result.value as JobPosting }
    : { success: false, diagnostics: structureDiagnostics(result.issues as readonly StructureIssue[], locale) };
}
