import * as v from "valibot";

/**
 * valibot's `literal`, which also carries its value as `requirement` (a one-item list), so that an
 * issue tells the accepted values as zod's `invalid_value` does.
 *
 * @param value - The only accepted value.
 * @returns A valibot literal schema.
 * @example
 * ```ts
 * const Currency = literal("EUR");
 * ```
 */
export function literal<const TLiteral extends v.Literal>(value: TLiteral): v.LiteralSchema<TLiteral, undefined> {
  return v._standardSchema<v.LiteralSchema<TLiteral, undefined>>({ ...v.literal(value), requirement: [value] } as never);
}
