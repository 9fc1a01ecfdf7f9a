/** The two rows of the distance table, reused from call to call (grown when a word is longer). */
let previous = new Int32Array(64);
let current = new Int32Array(64);

/**
 * The Levenshtein distance between two strings (insertions, deletions, substitutions), in O(a×b);
 * with `atMost`, any value above it once the distance is known to exceed it (a row whose every cell
 * exceeds it, or lengths that differ by more), which is all a search for the closest word needs.
 */
export function editDistance(a: string, b: string, atMost = Infinity): number {
  if (Math.abs(a.length - b.length) > atMost) return atMost + 1;
  if (previous.length <= b.length) {
    previous = new Int32Array(b.length + 1);
    current = new Int32Array(b.length + 1);
  }
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cell = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      current[j] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    if (rowMin > atMost) return atMost + 1;
    [previous, current] = [current, previous];
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
    // Only a candidate strictly closer than the best so far counts: the search stops beyond that.
    const d = editDistance(w, c.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}
