import { createWriteStream, type WriteStream } from "node:fs";
import type { ReportWriter } from "./report/Reporter.js";

/** Size of the report text gathered before it is written out. */
const WRITE_BATCH = 64 * 1024;
/** Longest a batch waits before it is written out, in milliseconds, so a slow run shows progress. */
const WRITE_DELAY_MS = 250;

/** Where the report goes: batched writes with the back-pressure of the stream below. @internal */
export interface ReportSink extends ReportWriter {
  /** Writes the batch out if it has waited more than a quarter of a second. */
  tick(): void;
  /** Whether the reader went away (EPIPE) or writing failed: the run stops. */
  readonly closed: boolean;
  /** Writes out the rest and closes a file; the error writing met, if any. */
  finish(): Promise<Error | undefined>;
}

/** Resolves once `stream` can take more, or is closed. */
function drained(stream: WriteStream): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      stream.off("drain", done).off("close", done);
      resolve();
    };
    stream.on("drain", done).on("close", done);
  });
}

function batched(raw: (text: string) => void, ready: () => Promise<void> | undefined, state: { closed: boolean }, finish: () => Promise<Error | undefined>): ReportSink {
  let pending = "";
  let lastFlush = Date.now();
  const flush = () => {
    if (pending.length > 0 && !state.closed) raw(pending);
    pending = "";
    lastFlush = Date.now();
  };
  return {
    write(text) {
      pending += text;
      if (pending.length >= WRITE_BATCH) flush();
    },
    ready,
    tick() {
      if (pending.length > 0 && Date.now() - lastFlush > WRITE_DELAY_MS) flush();
    },
    get closed() {
      return state.closed;
    },
    finish() {
      flush();
      return finish();
    },
  };
}

/**
 * A report written to a file (`--output`), opened (and so created or emptied) only now, after the
 * inputs are known not to include it.
 * @internal
 */
export async function fileSink(path: string): Promise<ReportSink> {
  const stream = createWriteStream(path);
  await new Promise<void>((resolve, reject) => stream.once("open", () => resolve()).once("error", reject));
  const state = { closed: false };
  let failure: Error | undefined;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    state.closed = true;
    if (error.code !== "EPIPE") failure = error;
  });
  return batched(
    (text) => void stream.write(text),
    () => (stream.writableNeedDrain && !state.closed ? drained(stream) : undefined),
    state,
    () =>
      new Promise((resolve) => {
        if (stream.closed) return resolve(failure);
        stream.once("close", () => resolve(failure));
        if (state.closed) stream.destroy();
        else stream.end();
      }),
  );
}

/**
 * A report written through `out` (standard output). `out` returns false when its stream's buffer is
 * full, and `drained` waits until it empties: a pipe to a slow reader (`| cat`, `| head`) holds the run
 * back instead of growing the buffer.
 * @internal
 */
export function outSink(out: (text: string) => boolean | void, drained: (() => Promise<void>) | undefined): ReportSink {
  let full = false;
  return batched(
    (text) => void (full = out(text) === false),
    () => {
      if (!full || !drained) return undefined;
      full = false;
      return drained();
    },
    { closed: false },
    async () => undefined,
  );
}
