// Validating a national feed: generates NDJSON files of 10 000 and 100 000 postings (the examples,
// cycled, with a changed id and title each, and one invalid posting in 50), then, for each, in one
// run: a plain JSON.parse loop over the file's lines (the baseline), and the CLI's own path
// (`ess-jobs validate --no-rules --format json` into /dev/null, in a child process so that its peak
// memory is its own). Prints postings per second, the ratio to JSON.parse, and peak RSS.
//
//   npm run build && npx tsx bench/feed.ts
import { spawnSync } from "node:child_process";
import { appendFileSync, createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

const root = join(import.meta.dirname, "..");
const examples = readdirSync(join(root, "examples"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => {
    const { $schema: _s, ...p } = JSON.parse(readFileSync(join(root, "examples", f), "utf8")) as Record<string, unknown>;
    return p;
  });
const work = mkdtempSync(join(tmpdir(), "ess-jobs-feed-"));

function writeFeed(n: number): string {
  const file = join(work, `feed-${n}.ndjson`);
  // Written in batches: 100 000 rich postings make a file of several hundred megabytes.
  writeFileSync(file, "");
  let batch: string[] = [];
  for (let i = 0; i < n; i++) {
    const p: Record<string, unknown> = { ...examples[i % examples.length]!, id: `offre-${i}`, title: `Offre n° ${i}` };
    if (i % 50 === 49) p["contracts"] = [{ type: "cdx" }];
    batch.push(JSON.stringify(p));
    if (batch.length === 1000 || i === n - 1) {
      appendFileSync(file, batch.join("\n") + "\n");
      batch = [];
    }
  }
  return file;
}

async function parseLoop(file: string): Promise<number> {
  const start = process.hrtime.bigint();
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line) {
      JSON.parse(line);
      n++;
    }
  }
  return n / (Number(process.hrtime.bigint() - start) / 1e9);
}

/** Runs the built CLI in a child process; peak RSS from GNU time when the machine has it. */
function cliRun(file: string, n: number): { perSecond: number; peakMb: number } {
  const args = [join(root, "dist", "cli.js"), "validate", "--no-rules", "--format", "json", "--output", "/dev/null", file];
  const hasTime = existsSync("/usr/bin/time");
  const start = process.hrtime.bigint();
  const r = hasTime ? spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...args], { encoding: "utf8" }) : spawnSync(process.execPath, args, { encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 1) throw new Error(`expected exit code 1 (some postings are invalid), got ${r.status}: ${r.stderr}`);
  const kb = hasTime ? Number(r.stderr.trim().split("\n").pop()) : NaN;
  return { perSecond: n / seconds, peakMb: kb / 1024 };
}

try {
  console.log(`node ${process.version}; postings cycle through the ${examples.length} examples; 1 in 50 invalid\n`);
  for (const n of [10_000, 100_000]) {
    const file = writeFeed(n);
    const parse = await parseLoop(file);
    const cli = cliRun(file, n);
    console.log(
      `${String(n).padStart(7)} postings: JSON.parse loop ${Math.round(parse).toLocaleString("en-US")}/s; ` +
        `ess-jobs validate --no-rules ${Math.round(cli.perSecond).toLocaleString("en-US")}/s (${(cli.perSecond / parse).toFixed(2)} × JSON.parse); ` +
        `peak RSS ${Number.isNaN(cli.peakMb) ? "n/a (no /usr/bin/time)" : `${cli.peakMb.toFixed(0)} MB`}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
