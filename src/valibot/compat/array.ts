import * as v from "valibot";
import type { maxLength } from "./maxLength.js";
import type { minLength } from "./minLength.js";
import { runChild, type Dataset, type RunConfig, type Runnable } from "./runtime.js";

type LengthCheck = ReturnType<typeof minLength<unknown[], number>> | ReturnType<typeof maxLength<unknown[], number>>;

/**
 * valibot's `array` with its length checks, with zod's semantics of `z.array(item).min(a).max(b)`:
 * an array longer than its maximum is reported as such and its items are not looked at; otherwise
 * the items are checked, then the lengths (on any value that has a `length`).
 *
 * @param item - The schema of the items.
 * @param checks - `minLength` and `maxLength` actions from this folder, in zod's order.
 * @returns A valibot array schema.
 * @example
 * ```ts
 * const Contracts = array(ContractSchema, minLength(1), maxLength(5));
 * ```
 */
export function array<const TItem extends v.GenericSchema>(item: TItem, ...checks: LengthCheck[]): v.ArraySchema<TItem, undefined> {
  const caps = checks.filter((c) => c.type === "max_length");
  const cap = Math.min(...caps.map((c) => c.requirement));
  return v._standardSchema<v.ArraySchema<TItem, undefined>>({
    ...v.array(item),
    "~run"(dataset: Dataset, config: RunConfig) {
      const input = dataset.value;
      if (Array.isArray(input) && input.length > cap) {
        const check = caps.find((c) => input.length > c.requirement)!;
        check["~run"](dataset as never, config);
        dataset.typed = false;
        return dataset as never;
      }
      if (Array.isArray(input)) {
        dataset.typed = true;
        const output: unknown[] = [];
        for (let key = 0; key < input.length; key++) {
          const value: unknown = input[key];
          const child = runChild(this.item as unknown as Runnable, value, dataset, config, { type: "array", origin: "value", input, key, value });
          if (child.issues && config.abortEarly) {
            dataset.typed = false;
            return dataset as never;
          }
          output.push(child.value);
        }
        dataset.value = output;
      } else {
        v._addIssue(this, "type", dataset as never, config);
      }
      for (const check of checks) {
        if (dataset.issues && config.abortEarly) break;
        // The lengths are those of the input (the output has the same for an array).
        const probe: Dataset = { typed: true, value: input };
        check["~run"](probe as never, config);
        if (probe.issues) (dataset.issues ??= []).push(...probe.issues);
      }
      return dataset as never;
    },
  });
}
