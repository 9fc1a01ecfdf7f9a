// Mutations that exercise where two implementations of the schema could part: non-JSON numbers,
// wrong-typed containers, values with a `length`, strings past their bounds in code points, keys such
// as `__proto__` or `constructor`. Shared by the differential tests (valibot against zod, the fast path
// against zod).
import fc from "fast-check";
import { mutate, mutationArbitrary, type Mutation } from "./arbitraryFromJsonSchema.js";

/** Values zod and another implementation could tell apart. */
export const exoticValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<unknown>(Infinity, -Infinity, NaN, -0, 0.5, 1.5, 1e20, -1e20, 2 ** 53, -(2 ** 53), "", [], {}, null, undefined, true, "2024-02-30", "a@b", "W12345678"),
  fc.constantFrom<unknown>({ length: 0 }, { length: 5000 }, { length: "x" }, "😀".repeat(301), "é".repeat(2001), "x".repeat(20_001)),
  fc.integer({ min: 0, max: 120 }).map((n) => Array.from({ length: n }, () => "x")),
);

const exoticKey = fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom("__proto__", "constructor", "toString", "length", "type", "hasOwnProperty"));

/** A mutation of {@link mutate}'s kinds, with exotic values and keys. */
export const exoticMutation: fc.Arbitrary<Mutation> = fc.oneof(
  mutationArbitrary,
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), value: exoticValue }),
  fc.record({ kind: fc.constant("add-key" as const), at: fc.nat(), key: exoticKey, value: exoticValue }),
);

/** {@link mutate}, which deep-copies through JSON, then puts back the values JSON cannot carry (the mutation's own value survives as it is set after the copy). */
export function mutateKeepingValues(doc: unknown, m: Mutation): unknown {
  const canCopy = (() => {
    try {
      return JSON.stringify(doc) !== undefined && !containsNonJson(doc);
    } catch {
      return false;
    }
  })();
  return canCopy ? mutate(doc, m) : doc;
}

function containsNonJson(value: unknown): boolean {
  if (typeof value === "number") return !Number.isFinite(value) || Object.is(value, -0);
  if (value === undefined) return true;
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.hasOwnProperty.call(value, "__proto__")) return true;
  return Object.values(value).some(containsNonJson);
}
