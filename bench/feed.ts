// Validating a national feed: generates NDJSON files of 10 000 and 100 000 postings (variants of the
// examples, bench/support/postings.ts, one invalid posting in 50), then, for each, in one run: a plain
// JSON.parse loop over the file's lines (the baseline), and the CLI as users run it (`ess-jobs validate
// --format json` into /dev/null, rules on, the default) and without rules (`--no-rules`), each in a
// child process so that its peak memory is its own. Prints postings per second of wall-clock and of
// CPU time, the ratio to the JSON.parse loop, and peak RSS.
//
//   npm run build && npx tsx bench/feed.ts
//
// Environment: ESS_JOBS_CLI=<path of a built CLI entry, optionally followed by options, such as
// "dist/esm/cli/main.js --jobs 1"> (default dist/esm/cli/main.js; several, comma-separated, are run one after the other
// on the same feed, to compare builds or options in one run), FEED_SIZES=20000,100000
// (default 10000,100000), FEED_KEEP=<folder> writes the feeds there and keeps them (for profiling:
// `node --cpu-prof dist/esm/cli/main.js validate --no-rules --format json --output /dev/null <feed>`).
import { spawnSync } from "node:child_process";
import { appendFileSync, closeSync, createReadStream, existsSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

import { EXAMPLES as examples, invalidVariant, validVariant } from "./support/postings.js";

const root = join(import.meta.dirname, "..");
const clis = (process.env["ESS_JOBS_CLI"] ?? join(root, "dist", "esm", "cli", "main.js")).split(",");
const sizes = (process.env["FEED_SIZES"] ?? "10000,100000").split(",").map(Number);
const keep = process.env["FEED_KEEP"];
const work = keep ? (mkdirSync(keep, { recursive: true }), keep) : mkdtempSync(join(tmpdir(), "ess-jobs-feed-"));

function writeFeed(n: number): string {
  const file = join(work, `feed-${n}.ndjson`);
  // Written in batches: 100 000 rich postings make a file of several hundred megabytes.
  writeFileSync(file, "");
  let batch: string[] = [];
  for (let i = 0; i < n; i++) {
    batch.push(JSON.stringify(i % 50 === 49 ? invalidVariant(i) : validVariant(i)));
    if (batch.length === 1000 || i === n - 1) {
      appendFileSync(file, batch.join("\n") + "\n");
      batch = [];
    }
  }
  return file;
}

/** Postings per second of wall-clock time and of CPU time (user + system), which a loaded machine disturbs less. */
interface Speed {
  perSecond: number;
  perCpuSecond: number;
}

async function parseLoop(file: string): Promise<Speed> {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line) {
      JSON.parse(line);
      n++;
    }
  }
  const used = process.cpuUsage(cpu);
  return { perSecond: n / (Number(process.hrtime.bigint() - start) / 1e9), perCpuSecond: n / ((used.user + used.system) / 1e6) };
}

/** Runs the built CLI in a child process; peak RSS from GNU time when the machine has it. */
function cliRun(cli: string, file: string, n: number, rules: boolean): Speed & { peakMb: number } {
  const [path, ...options] = cli.trim().split(/\s+/);
  const report = join(work, "report.json");
  const args = [path!, "validate", ...(rules ? [] : ["--no-rules"]), ...options, "--format", "json", "--output", report, file];
  const hasTime = existsSync("/usr/bin/time");
  const start = process.hrtime.bigint();
  const r = hasTime ? spawnSync("/usr/bin/time", ["-f", "%M %U %S", process.execPath, ...args], { encoding: "utf8" }) : spawnSync(process.execPath, args, { encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 1) throw new Error(`expected exit code 1 (some postings are invalid), got ${r.status}: ${r.stderr}`);
  // A crash also exits with 1: the report must be there and say the postings were read.
  const size = statSync(report).size;
  const tail = Buffer.alloc(Math.min(size, 4096));
  const fd = openSync(report, "r");
  readSync(fd, tail, 0, tail.length, size - tail.length);
  closeSync(fd);
  rmSync(report);
  if (!tail.toString("utf8").includes('"summary"')) throw new Error(`no report written: ${r.stderr.slice(0, 500)}`);
  const [kb, user, system] = hasTime ? r.stderr.trim().split("\n").pop()!.split(" ").map(Number) : [NaN, NaN, NaN];
  return { perSecond: n / seconds, perCpuSecond: n / (user! + system!), peakMb: kb! / 1024 };
}

try {
  console.log(`node ${process.version}; postings cycle through the ${examples.length} examples; 1 in 50 invalid\n`);
  for (const n of sizes) {
    const file = keep && existsSync(join(work, `feed-${n}.ndjson`)) ? join(work, `feed-${n}.ndjson`) : writeFeed(n);
    for (const path of clis) {
      const parse = await parseLoop(file);
      const f = (x: number) => Math.round(x).toLocaleString("en-US");
      console.log(`${String(n).padStart(7)} postings: JSON.parse loop ${f(parse.perSecond)}/s, ${f(parse.perCpuSecond)}/CPU s` + (clis.length > 1 ? ` [${path}]` : ""));
      for (const rules of [true, false]) {
        const cli = cliRun(path, file, n, rules);
        console.log(
          `  ess-jobs validate${rules ? " (rules on)" : " --no-rules"}: ${f(cli.perSecond)}/s, ${f(cli.perCpuSecond)}/CPU s; ` +
            `JSON.parse loop is ${(parse.perSecond / cli.perSecond).toFixed(1)}× faster (wall), ${(parse.perCpuSecond / cli.perCpuSecond).toFixed(1)}× (CPU); ` +
            `peak RSS ${Number.isNaN(cli.peakMb) ? "n/a (no /usr/bin/time)" : `${cli.peakMb.toFixed(0)} MB`}`,
        );
      }
    }
  }
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}
