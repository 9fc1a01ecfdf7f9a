import * as v from "valibot";
import { codePointLength, type Dataset, type RunConfig } from "./runtime.js";

/**
 * valibot's `minLength`, with zod's semantics of `.min(n)` on strings and arrays: strings are
 * measured in code points, and the check runs on any value that has a `length` even when the type
 * check failed (zod reports `""`-like arrays given for a string as too short).
 *
 * @param requirement - The smallest length accepted.
 * @returns A valibot min length action.
 * @example
 * ```ts
 * const Label = v.pipe(v.string(), minLength(1), maxLength(300));
 * ```
 */
export function minLength<TInput extends v.LengthInput, const TRequirement extends number>(requirement: TRequirement): v.MinLengthAction<TInput, TRequirement, undefined> {
  return {
    ...v.minLength<TInput, TRequirement>(requirement),
    "~run"(dataset: Dataset, config: RunConfig) {
      const x = dataset.value as { length?: unknown } | null | undefined;
      if (x === null || x === undefined || x.length === undefined) return dataset as never;
      const length = typeof x === "string" ? codePointLength(x) : (x.length as number);
      if (!(length >= this.requirement)) v._addIssue(this, "length", dataset as never, config, { received: `${length}` });
      return dataset as never;
    },
  };
}
