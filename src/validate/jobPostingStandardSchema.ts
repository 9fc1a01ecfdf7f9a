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
  /** The Standard Schema interface, under the key the specification reserves. */
  readonly "~standard": JobPostingStandardProps;
}

/** The `~standard` property of {@link JobPostingStandardSchema}, as Standard Schema version 1 defines it. */
export interface JobPostingStandardProps {
  /** The version of the Standard Schema specification. */
  readonly version: 1;
  /** The library that validates. */
  readonly vendor: "ess-jobs";
  /** Validates a value: the posting, or the library's issues. Never throws. */
  readonly validate: (value: unknown) => JobPostingStandardResult;
  /** The types of the input and of the output, for type inference only. */
  readonly types?: JobPostingStandardTypes | undefined;
}

/** What `validate` returns: the valid posting, or the issues. */
export type JobPostingStandardResult = JobPostingStandardSuccess | JobPostingStandardFailure;

/** A valid posting. */
export interface JobPostingStandardSuccess {
  /** The posting, as parsed. */
  readonly value: JobPosting;
  /** No issue. */
  readonly issues?: undefined;
}

/** An invalid posting. */
export interface JobPostingStandardFailure {
  /** Its issues, with the library's messages and codes. */
  readonly issues: readonly JobPostingStandardIssue[];
}

/** The input and output types a Standard Schema consumer infers. */
export interface JobPostingStandardTypes {
  /** Anything may be given. */
  readonly input: unknown;
  /** A job posting comes out. */
  readonly output: JobPosting;
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
