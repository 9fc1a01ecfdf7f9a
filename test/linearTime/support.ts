import { expect } from "vitest";
import { describeTimeGrowth, LINEAR_GROWTH_LIMIT, measureTimeGrowth } from "../support/timeGrowth.js";

/** `unit` repeated to `size` characters. */
export const repeat = (unit: string, size: number) => unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);

/** Asserts that `run` grows at most linearly on inputs from `make` (10 KB, 100 KB, 1 MB; CPU time, so a loaded machine does not skew the ratios). */
export function expectLinear<T>(make: (size: number) => T, run: (input: T) => unknown, sizes?: number[]) {
  const growth = measureTimeGrowth(make, run, { clock: "cpu", ...(sizes ? { sizes } : {}) });
  for (const ratio of growth.ratios) expect(ratio, describeTimeGrowth(growth)).toBeLessThan(LINEAR_GROWTH_LIMIT);
}
