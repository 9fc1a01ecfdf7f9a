/**
 * A set of trigger words (lower case), to be looked for in a text in lower case ({@link lowerText})
 * in one pass: a rule whose every match contains one of its words does not run its patterns over a
 * text that holds none of them.
 * @internal
 */
export interface TriggerWords {
  /** The words as one alternation, longest first (global: for {@link triggersIn}). */
  pattern: RegExp;
  /** The same alternation, not global: whether a text holds any of the words (`any.test(lower)`). */
  any: RegExp;
  /** For each word, the words of the set it starts with (itself included): they occur where it does. */
  prefixes: ReadonlyMap<string, readonly string[]>;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Builds the trigger words once, at module load.
 * @internal
 */
export function triggerWords(words: Iterable<string>): TriggerWords {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length);
  const alternation = list.map(escape).join("|");
  return {
    pattern: new RegExp(alternation, "g"),
    any: new RegExp(alternation),
    prefixes: new Map(list.map((w) => [w, list.filter((p) => w.startsWith(p))])),
  };
}

/**
 * The trigger words a text in lower case holds, in one pass: where several start at the same place,
 * the alternation finds the longest, and the others are its prefixes; the search resumes one
 * character after each find, so that a word inside or overlapping another one is found too.
 * @internal
 */
export function triggersIn(lower: string, { pattern, prefixes }: TriggerWords): Set<string> {
  const found = new Set<string>();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
    for (const w of prefixes.get(m[0])!) found.add(w);
    pattern.lastIndex = m.index + 1;
  }
  return found;
}
