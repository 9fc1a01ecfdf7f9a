import * as v from "valibot";
import { isPlainObject, runChild, type Dataset, type RunConfig, type Runnable } from "./runtime.js";

/**
 * valibot's `strictObject`, with zod's semantics of `z.object({...}).strict()`: arrays are not
 * objects; an absent required key is judged by its own schema (on `undefined`), so the issue is the
 * one zod reports; and every unknown key is reported (valibot reports the first only), own
 * `__proto__` and `constructor` included.
 *
 * @param entries - The object's entries.
 * @returns A valibot strict object schema.
 * @example
 * ```ts
 * const Deadline = strictObject({ date: v.string(), inclusive: v.boolean() });
 * ```
 */
export function strictObject<const TEntries extends v.ObjectEntries>(entries: TEntries): v.StrictObjectSchema<TEntries, undefined> {
  return v._standardSchema<v.StrictObjectSchema<TEntries, undefined>>({
    ...v.strictObject(entries),
    "~run"(dataset: Dataset, config: RunConfig) {
      const input = dataset.value;
      if (!isPlainObject(input)) {
        v._addIssue(this, "type", dataset as never, config);
        return dataset as never;
      }
      dataset.typed = true;
      const output: Record<string, unknown> = {};
      for (const key in this.entries) {
        const schema = this.entries[key] as unknown as Runnable;
        const present = key in input;
        if (!present && schema.type === "optional") continue;
        const value = input[key];
        const child = runChild(schema, value, dataset, config, { type: "object", origin: "value", input, key, value });
        if (child.issues && config.abortEarly) {
          dataset.typed = false;
          return dataset as never;
        }
        if (present) output[key] = child.value;
      }
      for (const key in input) {
        if (Object.prototype.hasOwnProperty.call(this.entries, key)) continue;
        v._addIssue(this, "key", dataset as never, config, {
          input: key,
          expected: "never",
          path: [{ type: "object", origin: "key", input, key, value: input[key] }],
        });
        if (config.abortEarly) break;
      }
      dataset.value = output;
      return dataset as never;
    },
  });
}
