import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Report text a spool keeps in memory; beyond it, the text goes to a temporary file. */
export const SPOOL_MEMORY_BYTES = 4 * 1024 * 1024;
const WRITE_BATCH_BYTES = 256 * 1024;
const READ_CHUNK_BYTES = 1024 * 1024;

/**
 * Text written now and read back later, in order, in bounded memory: up to {@link SPOOL_MEMORY_BYTES}
 * in memory, then in a temporary file (in the system's temporary folder, removed by `dispose`). For
 * reports whose head depends on their whole content (JUnit's counts).
 * @internal
 */
export class Spool {
  private memory: Buffer[] = [];
  private batch: Buffer[] = [];
  private batchBytes = 0;
  private fd: number | undefined;
  private dir: string | undefined;
  /** Bytes appended so far. */
  bytes = 0;

  append(text: string): void {
    const bytes = Buffer.from(text, "utf8");
    this.bytes += bytes.length;
    if (this.fd === undefined) {
      this.memory.push(bytes);
      if (this.bytes > SPOOL_MEMORY_BYTES) this.spill();
      return;
    }
    this.batch.push(bytes);
    this.batchBytes += bytes.length;
    if (this.batchBytes >= WRITE_BATCH_BYTES) this.flush();
  }

  private spill(): void {
    this.dir = mkdtempSync(join(tmpdir(), "ess-jobs-report-"));
    this.fd = openSync(join(this.dir, "spool"), "w+", 0o600);
    this.batch = this.memory;
    this.memory = [];
    this.flush();
  }

  private flush(): void {
    if (this.fd === undefined || this.batchBytes === 0 && this.batch.length === 0) return;
    const all = Buffer.concat(this.batch);
    for (let off = 0; off < all.length; ) off += writeSync(this.fd, all, off);
    this.batch = [];
    this.batchBytes = 0;
  }

  /** The text appended, from the start, in chunks of bytes. */
  *chunks(): Generator<Buffer> {
    if (this.fd === undefined) {
      yield* this.memory;
      return;
    }
    this.flush();
    const buffer = Buffer.alloc(READ_CHUNK_BYTES);
    for (let position = 0; position < this.bytes; ) {
      const n = readSync(this.fd, buffer, 0, buffer.length, position);
      if (n === 0) return;
      position += n;
      yield Buffer.from(buffer.subarray(0, n));
    }
  }

  /** Frees the memory and removes the temporary file. */
  dispose(): void {
    this.memory = [];
    this.batch = [];
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    this.fd = undefined;
    this.dir = undefined;
  }
}
