/** A node of the trie of wanted paths. */
interface Wanted {
  children: Map<string, Wanted>;
  position?: { line: number; column: number };
}

/**
 * Finds where values are in a JSON text: for each path (keys and array indexes from the root), the
 * 1-based line and column (in UTF-16 code units) of the first character of the value. For a key that
 * does not exist (a missing required field) or a path that cannot be followed, the position of the
 * deepest value that exists along it. `undefined` for every path when the text is not JSON.
 *
 * One linear scan with an explicit stack, whatever the number of paths and the nesting depth; a
 * duplicate key is located at its last occurrence, as `JSON.parse` keeps the last one. Objects and
 * arrays with no wanted path inside are skipped bracket to bracket (their keys are not decoded), so
 * locating a few paths in a large posting costs little more than finding its line ends.
 *
 * @param text - A JSON text (a leading byte-order mark is allowed).
 * @param paths - The paths to locate.
 * @param options - `lineOffset` is added to every line (for an NDJSON record within a file); `valid: true`
 *   when the caller has parsed the text already (skips the check that it is JSON).
 * @returns One position (or `undefined`) per path, in order.
 * @example
 * ```ts
 * locateJsonPaths('{\n  "a": [1, 2]\n}', [["a", 1]]); // [{ line: 2, column: 12 }]
 * ```
 */
export function locateJsonPaths(
  text: string,
  paths: readonly (readonly (string | number)[])[],
  options: { lineOffset?: number; valid?: boolean } = {},
): ({ line: number; column: number } | undefined)[] {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!options.valid) {
    try {
      JSON.parse(start ? text.slice(1) : text);
    } catch {
      return paths.map(() => undefined);
    }
  }
  const root: Wanted = { children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      const key = String(segment);
      let next = node.children.get(key);
      if (!next) node.children.set(key, (next = { children: new Map() }));
      node = next;
    }
  }
  const lineOffset = options.lineOffset ?? 0;
  let line = 1;
  let lineStart = start;

  // Open containers: the trie node of each (undefined when nothing is wanted inside it), whether it
  // is an array, its current index, its current key.
  const nodes: (Wanted | undefined)[] = [];
  const isArray: boolean[] = [];
  const indexes: number[] = [];
  const keys: string[] = [];
  let expectKey = false;

  const n = text.length;
  let i = start;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Whitespace and line ends (\n, \r\n, lone \r).
    if (c === 0x20 || c === 0x09) {
      i++;
      continue;
    }
    if (c === 0x0a || c === 0x0d) {
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (c === 0x2c /* , */) {
      const top = nodes.length - 1;
      if (isArray[top]) indexes[top]!++;
      else expectKey = true;
      i++;
      continue;
    }
    if (c === 0x3a /* : */) {
      i++;
      continue;
    }
    if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      nodes.pop();
      isArray.pop();
      indexes.pop();
      keys.pop();
      expectKey = false;
      i++;
      continue;
    }
    if (c === 0x22 /* " */ && expectKey) {
      const end = stringEnd(text, i);
      const raw = text.slice(i + 1, end);
      // Decoded only when it holds an escape.
      keys[nodes.length - 1] = raw.includes("\\") ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
      expectKey = false;
      i = end + 1;
      continue;
    }
    // The start of a value: find its trie node from the enclosing container.
    let node: Wanted | undefined;
    if (nodes.length === 0) node = root;
    else {
      const top = nodes.length - 1;
      node = nodes[top]?.children.get(isArray[top] ? String(indexes[top]) : keys[top]!);
    }
    if (node) node.position = { line: line + lineOffset, column: i - lineStart + 1 };
    if ((c === 0x7b || c === 0x5b) && !(node && node.children.size > 0)) {
      // Nothing wanted inside: on to the matching bracket, counting line ends only.
      let depth = 1;
      i++;
      while (depth > 0 && i < n) {
        const d = text.charCodeAt(i);
        if (d === 0x22) {
          i = stringEnd(text, i) + 1;
          continue;
        }
        if (d === 0x7b || d === 0x5b) depth++;
        else if (d === 0x7d || d === 0x5d) depth--;
        else if (d === 0x0a || (d === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
          line++;
          lineStart = i + 1;
        }
        i++;
      }
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      nodes.push(node);
      isArray.push(c === 0x5b);
      indexes.push(0);
      keys.push("");
      expectKey = c === 0x7b;
      i++;
      continue;
    }
    if (c === 0x22) {
      i = stringEnd(text, i) + 1;
      continue;
    }
    // A number, true, false or null: up to the next delimiter.
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d === 0x2c || d === 0x7d || d === 0x5d || d === 0x20 || d === 0x09 || d === 0x0a || d === 0x0d) break;
      i++;
    }
  }

  return paths.map((path) => {
    let node = root;
    let found = root.position;
    for (const segment of path) {
      const next = node.children.get(String(segment));
      if (!next?.position) break;
      node = next;
      found = next.position;
    }
    return found;
  });
}

/** The index of the quote that closes the string opening at `open`. */
function stringEnd(text: string, open: number): number {
  let j = open + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q < 0) return text.length; // not JSON: the caller said it was (`valid`); end the scan
    let backslashes = 0;
    for (let k = q - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return q;
    j = q + 1;
  }
}
