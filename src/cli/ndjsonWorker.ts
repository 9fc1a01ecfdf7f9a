import { parentPort, workerData } from "node:worker_threads";
import type { Locale } from "../validate/Diagnostic.js";
import type { ValidateOptions } from "../validate/validateJobPosting.js";
import { ndjsonRecord } from "./ndjsonRecord.js";
import type { LocatedDiagnostic } from "./report/Report.js";
import type { SourceRecord } from "./SourceRecord.js";
import { validateRecord } from "./validateRecord.js";

/** A line sent to a worker: its place in the batch's bytes, or a problem the main thread found. */
export type BatchItem = { line: number; index: number; start: number; end: number } | { problem: Extract<SourceRecord, { kind: "problem" }> };

/** What a worker sends back for an item, in the same order. */
export type BatchResult =
  | { index: number | null; line: number | null; valid: boolean; diagnostics: LocatedDiagnostic[] }
  | { problem: Extract<SourceRecord, { kind: "problem" }> };

/** A batch of NDJSON lines: one buffer of bytes and the items placed in it. */
export interface Batch {
  id: number;
  bytes: Uint8Array;
  items: BatchItem[];
}

/** The data a worker is started with. */
export interface NdjsonWorkerData {
  essJobs: "ndjson-worker";
  locale: Locale;
  options: ValidateOptions;
}

/**
 * The body of a worker thread of `ess-jobs validate`: receives batches of NDJSON lines, decodes,
 * parses and validates each line, places its diagnostics, and sends the results back in order.
 * @internal
 */
export function ndjsonWorker(): void {
  const { locale, options } = workerData as NdjsonWorkerData;
  parentPort!.on("message", (batch: Batch) => {
    const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
    const results: BatchResult[] = batch.items.map((item) => {
      if ("problem" in item) return item;
      const record = ndjsonRecord({ bytes: bytes.subarray(item.start, item.end), size: item.end - item.start, binary: false }, item.line, item.index, locale);
      // The main thread keeps blank lines (the same rule as ndjsonRecord's), so a record is always there.
      if (!record) throw new Error(`line ${item.line}: a blank line was sent to a worker`);
      if (record.kind === "problem") return { problem: record };
      return validateRecord(record, options);
    });
    parentPort!.postMessage({ id: batch.id, results });
  });
}
