/**
 * Builds a case-insensitive, Unicode-aware regular expression that matches whole words only (a
 * letter or digit on either side prevents the match: "poste" does not match "composte").
 * @internal
 */
export function wordPattern(source: string, flags = "giu"): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
}
