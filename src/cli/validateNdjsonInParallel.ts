import { createReadStream } from "node:fs";
import { Worker } from "node:worker_threads";
import type { Locale } from "../validate/Diagnostic.js";
import type { ValidateOptions } from "../validate/validateJobPosting.js";
import { ndjsonLines, type RawLine } from "./ndjsonLines.js";
import { ndjsonRecord } from "./ndjsonRecord.js";
import type { Batch, BatchItem, BatchResult, NdjsonWorkerData } from "./ndjsonWorker.js";

/** NDJSON files from this size on are validated by worker threads (when more than one job is allowed). */
export const PARALLEL_MIN_BYTES = 4 * 1024 * 1024;

/** Bytes of lines sent to a worker at once. */
const BATCH_BYTES = 256 * 1024;

/** Whether a line holds only JSON blanks (space, tab, CR), after a byte-order mark on the first line. */
function isBlank(bytes: Buffer, first: boolean): boolean {
  let i = first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  }
  return true;
}

/**
 * Validates a large NDJSON file with `jobs` worker threads: this thread reads the file and cuts it
 * into lines and batches; the workers decode, parse, validate and locate; the results come back in
 * the file's order. At most two batches a worker are in flight, so memory stays flat however long
 * the file. The results are those of the one-thread path, record for record.
 *
 * @param file - The NDJSON file.
 * @param workerUrl - The script the workers run (the CLI's entry, which starts {@link ndjsonWorker} in a worker).
 * @param jobs - How many workers.
 * @param locale - The language of the messages.
 * @param options - The options of `validateJobPosting`.
 * @returns The results, in order, a batch at a time (never empty), with a `problem` for each line that
 *   could not be read.
 * @example
 * ```ts
 * for await (const batch of validateNdjsonInParallel("feed.ndjson", new URL(import.meta.url), 2, "fr", { structureOnly: true })) …
 * ```
 * @internal
 */
export async function* validateNdjsonInParallel(file: string, workerUrl: URL, jobs: number, locale: Locale, options: ValidateOptions): AsyncGenerator<BatchResult[]> {
  const data: NdjsonWorkerData = { essJobs: "ndjson-worker", locale, options };
  const workers = Array.from({ length: jobs }, () => new Worker(workerUrl, { workerData: data }));
  const pending = new Map<number, { resolve: (r: BatchResult[]) => void; reject: (e: unknown) => void }>();
  const failAll = (error: unknown) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  for (const w of workers) {
    w.on("message", ({ id, results }: { id: number; results: BatchResult[] }) => {
      pending.get(id)?.resolve(results);
      pending.delete(id);
    });
    w.on("error", failAll);
    w.on("exit", (code) => {
      if (pending.size > 0) failAll(new Error(`a validation worker stopped (exit code ${code})`));
    });
  }

  const queue: Promise<BatchResult[]>[] = [];
  let nextId = 0;
  let parts: Buffer[] = [];
  let partBytes = 0;
  let items: BatchItem[] = [];
  const dispatch = () => {
    if (items.length === 0) return;
    const bytes = new Uint8Array(partBytes);
    let offset = 0;
    for (const p of parts) {
      bytes.set(p, offset);
      offset += p.length;
    }
    const batch: Batch = { id: nextId++, bytes, items };
    const results = new Promise<BatchResult[]>((resolve, reject) => pending.set(batch.id, { resolve, reject }));
    results.catch(() => {}); // awaited in order below; a failure is thrown there, not as an unhandled rejection
    queue.push(results);
    workers[batch.id % workers.length]!.postMessage(batch, [bytes.buffer]);
    parts = [];
    partBytes = 0;
    items = [];
  };

  let lineNumber = 0;
  let index = 0;
  const add = (raw: RawLine) => {
    lineNumber++;
    if (raw.binary || raw.bytes === null) items.push({ problem: ndjsonRecord(raw, lineNumber, index++, locale) as Extract<BatchItem, { problem: unknown }>["problem"] });
    else if (!isBlank(raw.bytes, lineNumber === 1)) {
      items.push({ line: lineNumber, index: index++, start: partBytes, end: partBytes + raw.bytes.length });
      parts.push(raw.bytes);
      partBytes += raw.bytes.length;
    }
    if (partBytes >= BATCH_BYTES || items.length >= 4096) dispatch();
  };

  try {
    const splitter = ndjsonLines();
    for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) {
      for (const raw of splitter.push(chunk as Buffer)) add(raw);
      while (queue.length >= jobs * 2) yield await queue.shift()!;
    }
    for (const raw of splitter.end()) add(raw);
    dispatch();
    while (queue.length > 0) yield await queue.shift()!;
  } finally {
    for (const w of workers) void w.terminate();
  }
}
