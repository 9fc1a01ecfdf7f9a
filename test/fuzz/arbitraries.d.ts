import fc from "fast-check";
/** The shipped example postings, the seeds of mutated postings. */
export declare const EXAMPLES: Record<string, unknown>[];
/** Strings: any code units (lone surrogates included), the nasty ones, and repetitions of them. */
export declare const hostileString: fc.Arbitrary<string>;
/** Any value: primitives of every type, objects with hostile keys (`__proto__` as an own key), arrays, null prototypes, Maps, typed arrays. */
export declare const hostileValue: fc.Arbitrary<unknown>;
/** A real example posting with one to three values replaced by hostile ones, anywhere in its tree. */
export declare const mutatedPosting: fc.Arbitrary<unknown>;
/** Seed and run count of the fuzzing properties: FUZZ_SEED reproduces a failure (fast-check prints the seed in its failure message). */
export declare const fuzzOptions: (numRuns: number) => {
    seed: number;
    numRuns: number;
};
