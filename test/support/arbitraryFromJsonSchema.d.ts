import fc from "fast-check";
type Schema = Record<string, unknown>;
/** Options of {@link arbitraryFromJsonSchema}. */
export interface ArbitraryOptions {
    /** Nesting of objects past which optional properties are left out (bounds recursive schemas). */
    maxObjectDepth?: number;
    /** Longest generated array. */
    maxItems?: number;
    /** Longest free string. */
    maxLength?: number;
    /** Arbitraries to use for properties of these names, for constraints JSON Schema cannot state (checksums). */
    propertyOverrides?: Record<string, fc.Arbitrary<unknown>>;
}
/**
 * A fast-check arbitrary of documents valid under a JSON Schema (the subset the generated
 * JobPosting schema uses: objects, arrays, strings with length, pattern and formats, numbers,
 * integers, enums, constants, `oneOf`/`anyOf`, local `$ref`s). It reads the *published* schema,
 * so the generator is derived from the one source of truth rather than written by hand.
 */
export declare function arbitraryFromJsonSchema(root: Schema, options?: ArbitraryOptions): fc.Arbitrary<unknown>;
/** Paths to every value of a JSON document, root excluded. */
export declare function pathsOf(value: unknown, prefix?: (string | number)[]): (string | number)[][];
/** A mutation of a JSON document: replace a value, delete a key or array item, or add an unknown key. */
export type Mutation = {
    kind: "replace";
    at: number;
    value: unknown;
} | {
    kind: "delete";
    at: number;
} | {
    kind: "add-key";
    at: number;
    key: string;
    value: unknown;
};
/** Arbitrary mutations, to apply with {@link mutate}. */
export declare const mutationArbitrary: fc.Arbitrary<Mutation>;
/** Applies a mutation to a deep copy of the document. */
export declare function mutate(doc: unknown, m: Mutation): unknown;
/** Appends the Luhn check digit to a string of digits. */
export declare function withLuhnDigit(digits: string): string;
/** SIREN and SIRET numbers whose checksum holds, for `propertyOverrides`. */
export declare const identifierOverrides: Record<string, fc.Arbitrary<unknown>>;
export {};
