/**
 * How the time of `run` grows with the size of its input, for linear-time tests.
 *
 * `makeInput(n)` builds an input of about `n` characters; `run` is timed on each size (best of `rounds`,
 * after one warm-up, so a garbage collection or another process on a shared machine does not count), and
 * the result gives each size's best time and the ratio of each size's time to the previous one's. A
 * linear function grows by about the ratio of the sizes (×10 for 10 KB → 100 KB); a quadratic one by its
 * square. Tests assert ratios, never absolute times.
 */
export interface TimeGrowth {
    sizes: number[];
    /** Best time of each size, in milliseconds. */
    times: number[];
    /** times[i] / times[i - 1], for i ≥ 1. */
    ratios: number[];
}
export declare function measureTimeGrowth<T>(makeInput: (size: number) => T, run: (input: T) => unknown, { sizes, rounds, clock }?: {
    sizes?: number[];
    rounds?: number;
    clock?: "wall" | "cpu";
}): TimeGrowth;
/**
 * Below this a time is noise (timer resolution, a stray interrupt): a ratio is computed against at least
 * this many milliseconds, so a function that finishes at once on the small size is not called quadratic.
 */
export declare const MIN_MEASURABLE_MS = 2;
/**
 * The largest growth a linear function may show from one size to the next ten times larger: ×10 for the
 * size, with room for the noise of a shared machine and caches that stop fitting (a quadratic function
 * shows ×100).
 */
export declare const LINEAR_GROWTH_LIMIT = 30;
/** A one-line account of a measure, for an assertion's message. */
export declare function describeTimeGrowth({ sizes, times, ratios }: TimeGrowth): string;
