import * as v from "valibot";

/**
 * valibot's `picklist`, which also carries its options as `requirement`, so that an issue tells the
 * accepted values as zod's `invalid_value` does.
 *
 * @param options - The accepted values.
 * @returns A valibot picklist schema.
 * @example
 * ```ts
 * const Unit = picklist(["hour", "day", "week", "month", "year"]);
 * ```
 */
export function picklist<const TOptions extends v.PicklistOptions>(options: TOptions): v.PicklistSchema<TOptions, undefined> {
  return v._standardSchema<v.PicklistSchema<TOptions, undefined>>({ ...v.picklist(options), requirement: options } as never);
}
