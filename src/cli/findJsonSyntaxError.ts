/** Why a text is not JSON, at the first offending character. */
export type JsonSyntaxReason =
  | "end"
  | "unexpected"
  | "trailing-comma"
  | "property-name"
  | "colon"
  | "comma-or-brace"
  | "comma-or-bracket"
  | "unterminated-string"
  | "control-character"
  | "bad-escape"
  | "number"
  | "after-end";

/** The first syntax error of a JSON text: where (0-based UTF-16 offset, 1-based line and column) and why. */
export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  reason: JsonSyntaxReason;
  /** The offending character, when there is one. */
  found?: string;
  /** For an unterminated string, the 1-based column of its opening quote (on the same line). */
  openedAt?: number;
}

const OBJECT = 0x7b;
const ARRAY = 0x5b;

const isWhitespace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** 1-based line and column of an offset; `\n`, `\r\n` and a lone `\r` end a line, as in {@link locateJsonPaths}. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Finds the first syntax error of a text that `JSON.parse` rejects, following the JSON grammar
 * (RFC 8259) without recursion, whatever the nesting. V8 gives a position for some errors only
 * (none for "Unexpected token" or "Unexpected end of JSON input" on Node 20), so the CLI computes
 * it here. An unexpected end of the text is placed just after its last non-blank character.
 *
 * @param text - The text (without a byte-order mark).
 * @returns The error, or `undefined` when the text is valid JSON.
 * @example
 * ```ts
 * findJsonSyntaxError('{"a": }'); // { offset: 6, line: 1, column: 7, reason: "unexpected", found: "}" }
 * ```
 * @internal
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const n = text.length;
  const stack: number[] = [];
  let i = 0;

  const at = (offset: number, reason: JsonSyntaxReason, withFound = true): JsonSyntaxError => {
    const found = withFound && offset < n ? String.fromCodePoint(text.codePointAt(offset)!) : undefined;
    return { offset, ...lineColumn(text, offset), reason, ...(found !== undefined ? { found } : {}) };
  };
  const end = (): JsonSyntaxError => {
    let e = n;
    while (e > 0 && isWhitespace(text.charCodeAt(e - 1))) e--;
    return at(e, "end", false);
  };
  const skip = () => {
    while (i < n && isWhitespace(text.charCodeAt(i))) i++;
  };
  /** Scans the string opening at `i`; leaves `i` after its closing quote. */
  const string = (): JsonSyntaxError | undefined => {
    const open = i;
    const unterminated = (offset: number): JsonSyntaxError => ({ ...at(offset, "unterminated-string", false), openedAt: lineColumn(text, open).column });
    i++;
    for (;;) {
      if (i >= n) return unterminated(n);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c === 0x0a || c === 0x0d) return unterminated(i);
      if (c < 0x20) return at(i, "control-character");
      if (c === 0x5c) {
        const e = text.charCodeAt(i + 1);
        if (i + 1 >= n) return unterminated(n);
        if (e === 0x75 /* u */) {
          for (let k = 2; k < 6; k++) {
            if (i + k >= n) return unterminated(n);
            if (!isHex(text.charCodeAt(i + k))) return at(i + k, "bad-escape");
          }
          i += 6;
          continue;
        }
        if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
          i += 2;
          continue;
        }
        return at(i + 1, "bad-escape");
      }
      i++;
    }
  };
  /** Scans the number starting at `i`: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
  const number = (): JsonSyntaxError | undefined => {
    if (text.charCodeAt(i) === 0x2d) i++;
    if (i >= n) return end();
    const first = text.charCodeAt(i);
    if (!isDigit(first)) return at(i, "number");
    i++;
    if (first === 0x30) {
      if (isDigit(text.charCodeAt(i))) return at(i, "number");
    } else while (isDigit(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (i >= n) return end();
      if (!isDigit(text.charCodeAt(i))) return at(i, "number");
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 0x2b || sign === 0x2d) i++;
      if (i >= n) return end();
      if (!isDigit(text.charCodeAt(i))) return at(i, "number");
      while (isDigit(text.charCodeAt(i))) i++;
    }
    return undefined;
  };
  /** A property name and its colon, at `i` (after blanks). */
  const key = (): JsonSyntaxError | undefined => {
    if (i >= n) return end();
    if (text.charCodeAt(i) !== 0x22) return at(i, "property-name");
    const bad = string();
    if (bad) return bad;
    skip();
    if (i >= n) return end();
    if (text.charCodeAt(i) !== 0x3a) return at(i, "colon");
    i++;
    return undefined;
  };

  let expectValue = true;
  for (;;) {
    if (expectValue) {
      skip();
      if (i >= n) return end();
      const c = text.charCodeAt(i);
      if (c === OBJECT || c === ARRAY) {
        i++;
        skip();
        if (i >= n) return end();
        if (text.charCodeAt(i) === (c === OBJECT ? 0x7d : 0x5d)) {
          i++;
          expectValue = false;
          continue;
        }
        stack.push(c);
        if (c === OBJECT) {
          const bad = key();
          if (bad) return bad;
        }
        continue;
      }
      let bad: JsonSyntaxError | undefined;
      if (c === 0x22) bad = string();
      else if (c === 0x2d || isDigit(c)) bad = number();
      else if (c === 0x74 || c === 0x66 || c === 0x6e) {
        const word = c === 0x74 ? "true" : c === 0x66 ? "false" : "null";
        for (let k = 0; k < word.length; k++, i++) {
          if (i >= n) return end();
          if (text.charCodeAt(i) !== word.charCodeAt(k)) return at(i, "unexpected");
        }
      } else return at(i, "unexpected");
      if (bad) return bad;
      expectValue = false;
      continue;
    }
    // After a value.
    skip();
    if (stack.length === 0) return i >= n ? undefined : at(i, "after-end");
    if (i >= n) return end();
    const top = stack[stack.length - 1]!;
    const c = text.charCodeAt(i);
    if (c === 0x2c) {
      i++;
      skip();
      if (i >= n) return end();
      const next = text.charCodeAt(i);
      if (next === 0x7d || next === 0x5d) return at(i, "trailing-comma");
      if (top === OBJECT) {
        const bad = key();
        if (bad) return bad;
      }
      expectValue = true;
      continue;
    }
    if (c === (top === OBJECT ? 0x7d : 0x5d)) {
      stack.pop();
      i++;
      continue;
    }
    return at(i, top === OBJECT ? "comma-or-brace" : "comma-or-bracket");
  }
}
