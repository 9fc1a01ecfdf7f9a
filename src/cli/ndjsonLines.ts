/** Longest NDJSON line accepted; a longer one is reported and skipped. */
export const MAX_LINE_BYTES = 1024 * 1024;

/** One line of an NDJSON stream, without its `\n`. */
export interface RawLine {
  /** Its bytes (a view into the chunk read when the line lies within one chunk), or `null` when it is longer than {@link MAX_LINE_BYTES}. */
  bytes: Buffer | null;
  /** Its length in bytes. */
  size: number;
  /** Whether it holds a NUL byte. */
  binary: boolean;
}

/**
 * Splits a byte stream into lines, chunk by chunk, never holding more than one line (and at most
 * {@link MAX_LINE_BYTES} of it). A line within one chunk is a view into it, not a copy; only a line
 * that spans chunks is copied.
 *
 * @returns `push(chunk)`, the lines that chunk completes, and `end()`, the last line if the stream
 *   does not end with `\n`.
 * @example
 * ```ts
 * const splitter = ndjsonLines();
 * splitter.push(Buffer.from('{"a":1}\n{"b"')); // one line: {"a":1}
 * splitter.push(Buffer.from(":2}\n"));          // one line: {"b":2}
 * splitter.end();                                // []
 * ```
 * @internal
 */
export function ndjsonLines(): { push(chunk: Buffer): RawLine[]; end(): RawLine[] } {
  // The start of a line that continues in the next chunk.
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let pendingBinary = false;
  let overflow = false;
  const take = (last: Buffer | undefined, lastBytes: number, binary: boolean): RawLine => {
    const size = pendingBytes + lastBytes;
    let bytes: Buffer | null;
    if (overflow || size > MAX_LINE_BYTES) bytes = null;
    else if (pending.length === 0) bytes = last ?? Buffer.alloc(0);
    else bytes = Buffer.concat(last ? [...pending, last] : pending, size);
    pending = [];
    pendingBytes = 0;
    pendingBinary = false;
    overflow = false;
    return { bytes, size, binary };
  };
  return {
    push(chunk) {
      const lines: RawLine[] = [];
      let start = 0;
      let zero = chunk.indexOf(0);
      for (;;) {
        if (zero >= 0 && zero < start) zero = chunk.indexOf(0, start);
        const nl = chunk.indexOf(10, start);
        const end = nl < 0 ? chunk.length : nl;
        const binary = pendingBinary || (zero >= 0 && zero < end);
        if (nl < 0) {
          pendingBinary = binary;
          pendingBytes += end - start;
          if (pendingBytes > MAX_LINE_BYTES) {
            overflow = true;
            pending = [];
          } else if (end > start) pending.push(chunk.subarray(start, end));
          return lines;
        }
        lines.push(take(chunk.subarray(start, end), end - start, binary));
        start = nl + 1;
      }
    },
    end() {
      return pendingBytes > 0 || overflow ? [take(undefined, 0, pendingBinary)] : [];
    },
  };
}
