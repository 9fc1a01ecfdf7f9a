// The baselines of bench/feed.ts, each run in a child process as the CLI is (same start-up, its own
// heap, its own CPU time and peak RSS):
//
//   node bench/support/feedLoop.mjs parse <feed.ndjson>
//     a JSON.parse loop over the file's lines as one writes it in Node (readline), the baseline of the
//     issue's goal;
//   node bench/support/feedLoop.mjs parse-lean <feed.ndjson>
//     a leaner one: the file read by 1 MiB blocks, cut at its newline bytes, each line decoded and
//     parsed (no readline: what reading and parsing cost at least);
//   node bench/support/feedLoop.mjs validate <feed.ndjson> [<built ESM entry>]
//     the lean loop calling validateJobPosting on each posting as the CLI does (rules on, French
//     messages), from the built package (default dist/esm/index.js): the CLI minus its own work
//     (locating the diagnostics, the report).
//
// Prints the number of postings and of diagnostics by severity as JSON, which bench/feed.ts compares
// with the CLI's summary (the same work was done).
import { closeSync, createReadStream, openSync, readSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";

const [mode, file, entry = join(import.meta.dirname, "..", "..", "dist", "esm", "index.js")] = process.argv.slice(2);
if ((mode !== "parse" && mode !== "parse-lean" && mode !== "validate") || !file) {
  process.stderr.write("usage: node bench/support/feedLoop.mjs parse|parse-lean|validate <feed.ndjson> [<built ESM entry>]\n");
  process.exit(2);
}
const validate = mode === "validate" ? (await import(pathToFileURL(entry).href)).validateJobPosting : undefined;
const options = { locale: "fr" };
const counts = { postings: 0, errors: 0, warnings: 0, infos: 0 };

/** The file's lines: read by 1 MiB blocks, cut at the newline bytes, each decoded from UTF-8. */
function* leanLines() {
  const fd = openSync(file, "r");
  const block = Buffer.allocUnsafe(1 << 20);
  let rest = Buffer.alloc(0);
  for (let n = readSync(fd, block); n > 0; n = readSync(fd, block)) {
    const chunk = rest.length > 0 ? Buffer.concat([rest, block.subarray(0, n)]) : block.subarray(0, n);
    let start = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
      yield chunk.toString("utf8", start, nl);
      start = nl + 1;
    }
    rest = Buffer.from(chunk.subarray(start)); // a copy: the block is read into again
  }
  closeSync(fd);
  if (rest.length > 0) yield rest.toString("utf8");
}

const lines = mode === "parse" ? createInterface({ input: createReadStream(file), crlfDelay: Infinity }) : leanLines();
for await (const line of lines) {
  if (!line) continue;
  const value = JSON.parse(line);
  counts.postings++;
  if (validate) {
    for (const d of validate(value, options).diagnostics) {
      if (d.severity === "error") counts.errors++;
      else if (d.severity === "warning") counts.warnings++;
      else counts.infos++;
    }
  }
}
process.stdout.write(JSON.stringify(counts) + "\n");
