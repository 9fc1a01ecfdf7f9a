import { literalAlternation } from "./literalAlternation.js";

/**
 * Groups of trigger words (lower case), looked for in a text as it is written, in any case, in one
 * pass: a rule whose every match (of a group's case-insensitive Unicode patterns, `iu`) contains one
 * of the group's words, in any case, does not run those patterns over a text that holds none of them.
 * The text is not lowered first (no copy of each text): the words are looked for with the same
 * case folding as the patterns (`iu`: "SOUS L'AUTORITÉ" and "ſous l'autorité" hold "sous l").
 * @internal
 */
export interface TriggerWords<G extends string> {
  /** Every word of every group, as one alternation factored by prefixes, case-insensitive (global: {@link triggersIn}). */
  pattern: RegExp;
  /** The same alternation, not global: whether a text holds any of the words (`any.test(text)`). */
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
  return { pattern: new RegExp(alternation, "giu"), any: new RegExp(alternation, "iu"), bits, group, all: (2 ** names.length - 1) | 0 };
}

/**
 * A found word as it is listed: in lower case, the long s "ſ" read as "s". For the letters of the
 * trigger words (a–z, digits, accented Latin letters, white space), a character the case-insensitive
 * Unicode pattern takes for a letter of a word is one that this gives as that letter (the tests check
 * it over every code point).
 * @internal
 */
export function foldWord(found: string): string {
  const lower = found.toLowerCase();
  return lower.includes("ſ") ? lower.replaceAll("ſ", "s") : lower;
}

/**
 * The groups whose words a text holds (in any case, as written or in lower case), as bits of
 * {@link TriggerWords.group}, in one pass: where several words start at the same place, the
 * alternation finds the longest, and the others are its prefixes; the search resumes one character
 * after each find, so that a word inside or overlapping another one is found too. Stops when every
 * group is found. A find is looked up as listed ({@link foldWord}); one that is not listed (none
 * is, by the check of the tests) would count for every group: the guard may let a text through, never
 * hold one back.
 * @internal
 */
export function triggersIn<G extends string>(text: string, { pattern, bits, all }: TriggerWords<G>): number {
  let found = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m && found !== all; m = pattern.exec(text)) {
    found |= bits.get(m[0]) ?? bits.get(foldWord(m[0])) ?? all;
    pattern.lastIndex = m.index + 1;
  }
  return found;
}
