/** The examples, without their `$schema` key, sorted by file name. */
export declare const EXAMPLES: Record<string, unknown>[];
/** A valid variant of example `i % EXAMPLES.length` (deterministic in `i`). */
export declare function validVariant(i: number): Record<string, unknown>;
/** An invalid variant: one structural error, of four kinds in turn. */
export declare function invalidVariant(i: number): Record<string, unknown>;
/** `n` valid variants and `n` invalid ones. */
export declare function postingSets(n: number): {
    valid: Record<string, unknown>[];
    invalid: Record<string, unknown>[];
};
/** Median and spread (min–max) of samples. */
export declare function summary(xs: number[]): {
    median: number;
    min: number;
    max: number;
};
