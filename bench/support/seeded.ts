// A seeded random source for the differential benches: the same inputs for the same seed.

/** Draws in [0, 1) and picks from lists, from a linear congruential generator. */
export interface Seeded {
  random: () => number;
  pick: <T>(xs: readonly T[]) => T;
}

export function seeded(seed: number): Seeded {
  let s = seed;
  const random = () => ((s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff), s / 0x80000000);
  return { random, pick: (xs) => xs[Math.floor(random() * xs.length)]! };
}
