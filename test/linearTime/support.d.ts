/** `unit` repeated to `size` characters. */
export declare const repeat: (unit: string, size: number) => string;
/** Asserts that `run` grows at most linearly on inputs from `make` (10 KB, 100 KB, 1 MB; CPU time, so a loaded machine does not skew the ratios). */
export declare function expectLinear<T>(make: (size: number) => T, run: (input: T) => unknown, sizes?: number[]): void;
