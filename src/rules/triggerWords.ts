import { literalAlternation } from "./literalAlternation.js";

/**
 * Groups of trigger words (lower case), looked for in a text in lower case ({@link lowerText}) in one
 * pass: a rule whose every match (of a group's patterns) contains one of the group's words does not
 * run those patterns over a text that holds none of them.
 * @internal
 */
export interface TriggerWords<G extends string> {
  /** Every word of every group, as one alternation factored by prefixes (global: {@link triggersIn}). */
  pattern: RegExp;
  /** The same alternation, not global: whether a text holds any of the words (`any.test(lower)`). */
  any: RegExp;
  /** For each word, the groups of the words it starts with (itself included), as bits: they occur where it does. */
  bits: ReadonlyMap<string, number>;
  /** Each group's bit. */
  group: Readonly<Record<G, number>>;
  /** Every group's bit. */
  all: number;
}

/**
 * Builds the trigger words once, at module load (at most 31 groups).
 * @internal
 */
export function triggerWords<G extends string>(groups: Readonly<Record<G, readonly string[]>>): TriggerWords<G> {
  const names = Object.keys(groups) as G[];
  if (names.length > 31) throw new RangeError("at most 31 groups of trigger words");
  const group = Object.fromEntries(names.map((g, i) => [g, 1 << i])) as Record<G, number>;
  const words = [...new Set(names.flatMap((g) => groups[g]))];
  const bits = new Map(
    words.map((w) => [w, names.reduce((mask, g) => (groups[g].some((k) => w.startsWith(k)) ? mask | group[g] : mask), 0)]),
  );
  const alternation = literalAlternation(words);
  return { pattern: new RegExp(alternation, "g"), any: new RegExp(alternation), bits, group, all: (2 ** names.length - 1) | 0 };
}

/**
 * The groups whose words a text in lower case holds, as bits of {@link TriggerWords.group}, in one
 * pass: where several words start at the same place, the alternation finds the longest, and the
 * others are its prefixes; the search resumes one character after each find, so that a word inside
 * or overlapping another one is found too. Stops when every group is found.
 * @internal
 */
export function triggersIn<G extends string>(lower: string, { pattern, bits, all }: TriggerWords<G>): number {
  let found = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lower); m && found !== all; m = pattern.exec(lower)) {
    found |= bits.get(m[0])!;
    pattern.lastIndex = m.index + 1;
  }
  return found;
}
