import * as v from "valibot";
import type { Dataset, RunConfig } from "./runtime.js";

/**
 * valibot's `number`, with zod's semantics of `z.number()`: infinities are rejected as NaN is.
 *
 * @returns A valibot number schema.
 * @example
 * ```ts
 * const Share = v.pipe(number(), v.minValue(0), v.maxValue(1));
 * ```
 */
export function number(): v.NumberSchema<undefined> {
  return v._standardSchema<v.NumberSchema<undefined>>({
    ...v.number(),
    "~run"(dataset: Dataset, config: RunConfig) {
      if (typeof dataset.value === "number" && Number.isFinite(dataset.value)) dataset.typed = true;
      else v._addIssue(this, "type", dataset as never, config);
      return dataset as never;
    },
  });
}
