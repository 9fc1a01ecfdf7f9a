import type { JobPosting } from "../generated/types.js";
import type { DiagnosticPath } from "./Diagnostic.js";
import type { ValidateOptions } from "./ValidateOptions.js";
import { validateJobPosting } from "./validateJobPosting.js";

/** An issue as Standard Schema reports it, with the library's stable code beside the message. */
export interface JobPostingStandardIssue {
  /** The library's message, in the chosen locale (French by default). */
  readonly message: string;
  /** Where, as keys and indices from the posting's root. */
  readonly path: DiagnosticPath;
  /** The library's stable code, such as `structure/required` or `pay/below-smic`. */
  readonly code: string;
}

/**
 * A Standard Schema (https://standardschema.dev, version 1) of a job posting: the interface tRPC,
 * TanStack Form, Hono and others accept. Its types are written out here, as the specification
 * recommends, so that nothing is needed at run time.
 */
export interface JobPostingStandardSchema {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: "ess-jobs";
    readonly validate: (value: unknown) => { readonly value: JobPosting; readonly issues?: undefined } | { readonly issues: readonly JobPostingStandardIssue[] };
    readonly types?: { readonly input: unknown; readonly output: JobPosting } | undefined;
  };
}

/**
 * A Standard Schema of a job posting whose issues are the library's: its French (or chosen-locale)
 * messages, paths and stable codes, where `JobPostingSchema["~standard"]` gives zod's English defaults.
 * It runs {@link validateJobPosting} with the given options: a posting is refused on any error,
 * structural or from a rule at the `error` severity; warnings and infos do not refuse it.
 *
 * @param options - The options of {@link validateJobPosting}: `locale`, `structureOnly`, `rules` (severities), `date`…
 * @returns An object with a `~standard` property, to give to a Standard Schema consumer.
 * @example
 * ```ts
 * const schema = jobPostingStandardSchema({ locale: "fr" });
 * const result = schema["~standard"].validate({ title: "Animateur·rice" });
 * // { issues: [{ message: "Le champ « organisation » est obligatoire.", path: ["organisation"], code: "structure/required" }, …] }
 * ```
 */
export function jobPostingStandardSchema(options: ValidateOptions = {}): JobPostingStandardSchema {
  return {
    "~standard": {
      version: 1,
      vendor: "ess-jobs",
      validate(value: unknown) {
        const result = validateJobPosting(value, options);
        if (result.valid && result.posting !== undefined) return { value: result.posting };
        return { issues: result.diagnostics.filter((d) => d.severity === "error").map((d) => ({ message: d.message, path: d.path, code: d.code })) };
      },
    },
  };
}
