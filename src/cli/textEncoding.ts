import { TextDecoder } from "node:util";

/**
 * Text encodings of input files. Postings are UTF-8; a file saved as UTF-16 by a Windows editor
 * ("Unicode" in Notepad, Excel's "Unicode text") starts with a byte order mark and is decoded; one
 * without a mark is recognised by its zero bytes and reported with what to do.
 */

/** The UTF-16 flavour a byte order mark announces, if any. @internal */
export function utf16Bom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** A whole file's text: UTF-16 with a byte order mark decoded, anything else read as UTF-8. @internal */
export function decodeText(bytes: Buffer): string {
  const utf16 = utf16Bom(bytes);
  return utf16 ? new TextDecoder(utf16).decode(bytes) : bytes.toString("utf8");
}

/**
 * Whether text with zero bytes looks like UTF-16 without a byte order mark: ASCII characters then
 * leave a zero byte every other byte.
 * @internal
 */
export function looksLikeUtf16(text: string): boolean {
  const sample = text.slice(0, 200);
  if (sample.length < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample.charCodeAt(i) === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const half = Math.floor(sample.length / 2);
  return (oddZeros >= half * 0.9 && evenZeros === 0) || (evenZeros >= half * 0.9 && oddZeros === 0);
}

/**
 * A byte stream as UTF-8: passed through, or transcoded chunk by chunk when it starts with a UTF-16
 * byte order mark (the mark dropped).
 * @internal
 */
export async function* utf8Stream(stream: AsyncIterable<Buffer> | Iterable<Buffer>): AsyncGenerator<Buffer> {
  let mode: "unknown" | "utf8" | TextDecoder = "unknown";
  let head: Buffer | undefined;
  for await (const raw of stream) {
    let chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
    if (mode === "utf8") {
      yield chunk;
      continue;
    }
    if (mode === "unknown") {
      // The first two bytes decide; a first chunk of one byte waits for the next.
      if (head !== undefined) {
        chunk = Buffer.concat([head, chunk]);
        head = undefined;
      }
      if (chunk.length < 2) {
        head = chunk;
        continue;
      }
      const utf16 = utf16Bom(chunk);
      if (!utf16) {
        mode = "utf8";
        yield chunk;
        continue;
      }
      mode = new TextDecoder(utf16);
      chunk = chunk.subarray(2);
    }
    yield Buffer.from(mode.decode(chunk, { stream: true }), "utf8");
  }
  if (head !== undefined) yield head;
  if (typeof mode === "object") {
    const last = mode.decode();
    if (last) yield Buffer.from(last, "utf8");
  }
}
