import * as v from "valibot";
import type { Dataset, RunConfig } from "./runtime.js";

/**
 * zod's `z.int()` as a valibot number schema: a finite number (else the issue expects `number`)
 * that is an integer (else it expects `int`, and the checks after it do not run). Follow it with
 * `v.safeInteger()` for zod's safe range.
 *
 * @returns A valibot number schema.
 * @example
 * ```ts
 * const Positions = v.pipe(int(), v.safeInteger(), v.minValue(1), v.maxValue(1000));
 * ```
 */
export function int(): v.NumberSchema<undefined> {
  return v._standardSchema<v.NumberSchema<undefined>>({
    ...v.number(),
    "~run"(dataset: Dataset, config: RunConfig) {
      const x = dataset.value;
      if (typeof x !== "number" || !Number.isFinite(x)) v._addIssue(this, "type", dataset as never, config);
      else if (!Number.isInteger(x)) v._addIssue(this, "type", dataset as never, config, { expected: "int" });
      else dataset.typed = true;
      return dataset as never;
    },
  });
}
