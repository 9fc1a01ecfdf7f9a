import * as v from "valibot";
import { codePointLength, type Dataset, type RunConfig } from "./runtime.js";

/**
 * valibot's `maxLength`, with zod's semantics of `.max(n)` on strings and arrays: strings are
 * measured in code points, and the check runs on any value that has a `length` even when the type
 * check failed.
 *
 * @param requirement - The largest length accepted.
 * @returns A valibot max length action.
 * @example
 * ```ts
 * const Label = v.pipe(v.string(), minLength(1), maxLength(300));
 * ```
 */
export function maxLength<TInput extends v.LengthInput, const TRequirement extends number>(requirement: TRequirement): v.MaxLengthAction<TInput, TRequirement, undefined> {
  return {
    ...v.maxLength<TInput, TRequirement>(requirement),
    "~run"(dataset: Dataset, config: RunConfig) {
      const x = dataset.value as { length?: unknown } | null | undefined;
      if (x === null || x === undefined || x.length === undefined) return dataset as never;
      const length = typeof x === "string" ? codePointLength(x) : (x.length as number);
      if (!(length <= this.requirement)) v._addIssue(this, "length", dataset as never, config, { received: `${length}` });
      return dataset as never;
    },
  };
}
