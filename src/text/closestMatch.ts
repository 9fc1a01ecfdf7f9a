/** The Levenshtein distance between two strings (insertions, deletions, substitutions), in O(a×b). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to a mistyped word ("did you mean…?"), when it is close enough: at most a third
 * of the word's length in edits (and at least one), case ignored. Words over 100 characters get none.
 *
 * @param word - What was typed.
 * @param candidates - What is known.
 * @returns The closest candidate, or `undefined`.
 * @example
 * ```ts
 * closestMatch("formt", ["format", "locale"]); // "format"
 * ```
 * @internal
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > 100) return undefined;
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}
