const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface Node {
  next: Map<string, Node>;
  end: boolean;
}

/**
 * The source of a regular expression matching any of `words` literally, factored by their common
 * prefixes ("t(?:he(?:ir|y)?|o)" for "the", "their", "they", "to"), so that the engine tries the
 * words that start with the character it reads instead of each word in turn; where several words
 * match at a place, the longest is found first, as in an alternation of the words longest first.
 * Built once, at module load.
 * @internal
 */
export function literalAlternation(words: Iterable<string>): string {
  const root: Node = { next: new Map(), end: false };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return source(root);
}

function source(node: Node): string {
  const branches = [...node.next].map(([ch, child]) => escape(ch) + source(child));
  if (branches.length === 0) return "";
  if (node.end) return `(?:${branches.join("|")})?`; // greedy: the word ending here is tried after the longer ones
  return branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
}
