/**
 * A string's length in Unicode code points, as zod's `.min()`/`.max()` count it: a high surrogate
 * followed by a low one is one code point, a lone surrogate is one too.
 * @internal
 */
export function codePointLength(s: string): number {
  let count = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}
