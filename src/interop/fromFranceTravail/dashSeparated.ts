

/**
 * The segments of a name separated by a dash between spaces ("EMPLOYEUR - Mme Prénom NOM"), each without
 * dashes at its ends. Token by token, in linear time (the pattern /\s+(?:-\s+)+/ is quadratic on long
 * runs of spaces).
 */
export function dashSeparated(name: string): string[] {
  const segments: string[][] = [[]];
  for (const token of name.split(/\s+/)) {
    if (token === "-") segments.push([]);
    else if (token) segments[segments.length - 1]!.push(token);
  }
  return segments.map((tokens) => {
    const s = tokens.join(" ");
    let start = 0;
    let end = s.length;
    while (start < end && (s[start] === "-" || s[start] === " ")) start++;
    while (end > start && (s[end - 1] === "-" || s[end - 1] === " ")) end--;
    return s.slice(start, end);
  });
}
