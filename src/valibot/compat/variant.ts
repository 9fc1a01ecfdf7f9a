import * as v from "valibot";
import { isPlainObject, type Dataset, type RunConfig, type Runnable } from "./runtime.js";

/**
 * valibot's `variant`, with zod's semantics of `z.discriminatedUnion`: arrays are not objects, the
 * option is chosen by the discriminator's value alone, and an unknown or missing discriminator is
 * reported at the discriminator's path with the accepted values as the issue's `requirement`.
 * Every option's discriminator must be a `literal` or a `picklist` (from this folder).
 *
 * @param key - The discriminator key.
 * @param options - The options, objects whose `key` entry is a literal.
 * @returns A valibot variant schema.
 * @example
 * ```ts
 * const Contract = variant("type", [strictObject({ type: literal("cdi") }), strictObject({ type: literal("cdd") })]);
 * ```
 */
export function variant<const TKey extends string, const TOptions extends v.VariantOptions<TKey>>(
  key: TKey,
  options: TOptions,
): v.VariantSchema<TKey, TOptions, undefined> {
  const byValue = new Map<unknown, Runnable>();
  for (const option of options) {
    const discriminator = (option as unknown as { entries: Record<string, { requirement?: readonly unknown[] }> }).entries[key]!;
    if (!Array.isArray(discriminator.requirement)) throw new Error(`variant: the "${key}" entry of an option is not a compat literal or picklist`);
    for (const value of discriminator.requirement) if (!byValue.has(value)) byValue.set(value, option as unknown as Runnable);
  }
  const values = [...byValue.keys()];
  return v._standardSchema<v.VariantSchema<TKey, TOptions, undefined>>({
    ...v.variant(key, options),
    "~run"(dataset: Dataset, config: RunConfig) {
      const input = dataset.value;
      if (!isPlainObject(input)) {
        v._addIssue(this, "type", dataset as never, config);
        return dataset as never;
      }
      const discriminant = input[this.key];
      const option = byValue.get(discriminant);
      if (option) return option["~run"](dataset, config) as never;
      v._addIssue({ ...this, requirement: values }, "type", dataset as never, config, {
        input: discriminant,
        expected: v._joinExpects(values.map((x) => v._stringify(x)), "|"),
        path: [{ type: "object", origin: "value", input, key: this.key, value: discriminant }],
      });
      return dataset as never;
    },
  });
}
