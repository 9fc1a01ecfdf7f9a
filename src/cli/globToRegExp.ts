/** One step of a glob pattern. */
type Token =
  | { kind: "char"; c: string }
  | { kind: "any" } // ?
  | { kind: "class"; negate: boolean; ranges: [string, string][] } // [a-z], [!abc]
  | { kind: "star" } // *: within a segment
  | { kind: "globstar" } // **: across segments
  | { kind: "globstarSlash" }; // **/: nothing, or whole segments

/** Most patterns `{a,b}` alternatives may expand to. */
const MAX_ALTERNATIVES = 256;

/** `{a,b}` alternatives (not nested) expanded into whole patterns. */
function expandBraces(glob: string): string[] {
  const open = glob.indexOf("{");
  const close = open < 0 ? -1 : glob.indexOf("}", open);
  if (close < 0) return [glob];
  const out: string[] = [];
  for (const alternative of glob.slice(open + 1, close).split(",")) {
    for (const rest of expandBraces(glob.slice(close + 1))) {
      if (out.length >= MAX_ALTERNATIVES) return out;
      out.push(glob.slice(0, open) + alternative + rest);
    }
  }
  return out;
}

function tokenize(glob: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*") {
      if (glob[i + 1] === "*") {
        i++;
        if (glob[i + 1] === "/") {
          i++;
          tokens.push({ kind: "globstarSlash" });
        } else tokens.push({ kind: "globstar" });
      } else tokens.push({ kind: "star" });
    } else if (c === "?") tokens.push({ kind: "any" });
    else if (c === "[" && glob.indexOf("]", i + 1) > i + 1) {
      const end = glob.indexOf("]", i + 1);
      let body = glob.slice(i + 1, end);
      const negate = body[0] === "!" || body[0] === "^";
      if (negate) body = body.slice(1);
      const ranges: [string, string][] = [];
      for (let j = 0; j < body.length; j++) {
        if (body[j + 1] === "-" && j + 2 < body.length) {
          ranges.push([body[j]!, body[j + 2]!]);
          j += 2;
        } else ranges.push([body[j]!, body[j]!]);
      }
      tokens.push({ kind: "class", negate, ranges });
      i = end;
    } else tokens.push({ kind: "char", c });
  }
  return tokens;
}

/**
 * Whether `path` matches the tokens: a simulation of the pattern's automaton, one pass over the path
 * with the set of positions reached in the pattern — time proportional to the path's length times the
 * pattern's, whatever the stars (a backtracking regular expression takes exponential time on
 * `*a*a*b` against a long name).
 */
function matches(tokens: Token[], path: string): boolean {
  const m = tokens.length;
  let current = new Uint8Array(m + 1);
  let next = new Uint8Array(m + 1);
  const starLike = tokens.map((t) => t.kind === "star" || t.kind === "globstar" || t.kind === "globstarSlash");
  const add = (set: Uint8Array, i: number) => {
    while (!set[i]) {
      set[i] = 1;
      if (!starLike[i]) return;
      i++; // a star may match nothing
    }
  };
  add(current, 0);
  for (let k = 0; k < path.length; k++) {
    const ch = path[k]!;
    const inSegment = ch !== "/";
    next.fill(0);
    let alive = false;
    for (let i = 0; i < m; i++) {
      if (!current[i]) continue;
      const t = tokens[i]!;
      let advance = false;
      let stay = false;
      if (t.kind === "char") advance = ch === t.c;
      else if (t.kind === "any") advance = inSegment;
      else if (t.kind === "class") advance = inSegment && t.ranges.some(([a, b]) => ch >= a && ch <= b) !== t.negate;
      else if (t.kind === "star") stay = inSegment;
      else if (t.kind === "globstar") stay = true;
      else {
        stay = true;
        advance = !inSegment;
      }
      if (stay) add(next, i);
      if (advance) add(next, i + 1);
      alive ||= stay || advance;
    }
    if (!alive) return false;
    [current, next] = [next, current];
  }
  return current[m] === 1;
}

/**
 * A matcher for a glob pattern over `/`-separated paths: `*` matches within a segment, `**` across
 * segments, `?` one character, `{a,b}` alternatives, `[...]` a class (`[!...]` negated). Linear in
 * the path's length for a given pattern.
 * @internal
 */
export function globMatcher(glob: string): { test(path: string): boolean } {
  const patterns = expandBraces(glob).map(tokenize);
  return { test: (path) => patterns.some((tokens) => matches(tokens, path)) };
}

/** Whether a command-line argument is a glob pattern rather than a path. @internal */
export const isGlob = (arg: string): boolean => /[*?[{]/.test(arg);
