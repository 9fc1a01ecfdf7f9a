// Validating a national feed: generates NDJSON files of 10 000 and 100 000 postings (the examples,
// cycled, with a changed id and title each, and one invalid posting in 50), then, for each, in one
// run: a plain JSON.parse loop over the file's lines (the baseline), and the CLI's own path
// (`ess-jobs validate --no-rules --format json` into /dev/null, in a child process so that its peak
// memory is its own). Prints postings per second, the ratio to JSON.parse, and peak RSS.
//
//   npm run build && npx tsx bench/feed.ts
//
// Environment: ESS_JOBS_CLI=<path of a built cli.js, optionally followed by options, such as
// "dist/cli.js --jobs 1"> (default dist/cli.js; several, comma-separated, are run one after the other
// on the same feed, to compare builds or options in one run), FEED_SIZES=20000,100000
// (default 10000,100000), FEED_KEEP=<folder> writes the feeds there and keeps them (for profiling:
// `node --cpu-prof dist/cli.js validate --no-rules --format json --output /dev/null <feed>`).
import { spawnSync } from "node:child_process";
import { appendFileSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
const clis = (process.env["ESS_JOBS_CLI"] ?? join(root, "dist", "cli.js")).split(",");
const sizes = (process.env["FEED_SIZES"] ?? "10000,100000").split(",").map(Number);
const keep = process.env["FEED_KEEP"];
const work = keep ? (mkdirSync(keep, { recursive: true }), keep) : mkdtempSync(join(tmpdir(), "ess-jobs-feed-"));

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
function cliRun(cli: string, file: string, n: number): Speed & { peakMb: number } {
  const [path, ...options] = cli.trim().split(/\s+/);
  const args = [path!, "validate", "--no-rules", ...options, "--format", "json", "--output", "/dev/null", file];
  const hasTime = existsSync("/usr/bin/time");
  const start = process.hrtime.bigint();
  const r = hasTime ? spawnSync("/usr/bin/time", ["-f", "%M %U %S", process.execPath, ...args], { encoding: "utf8" }) : spawnSync(process.execPath, args, { encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 1) throw new Error(`expected exit code 1 (some postings are invalid), got ${r.status}: ${r.stderr}`);
  const [kb, user, system] = hasTime ? r.stderr.trim().split("\n").pop()!.split(" ").map(Number) : [NaN, NaN, NaN];
  return { perSecond: n / seconds, perCpuSecond: n / (user! + system!), peakMb: kb! / 1024 };
}

try {
  console.log(`node ${process.version}; postings cycle through the ${examples.length} examples; 1 in 50 invalid\n`);
  for (const n of sizes) {
    const file = keep && existsSync(join(work, `feed-${n}.ndjson`)) ? join(work, `feed-${n}.ndjson`) : writeFeed(n);
    for (const path of clis) {
      const parse = await parseLoop(file);
      const cli = cliRun(path, file, n);
      const f = (x: number) => Math.round(x).toLocaleString("en-US");
      console.log(
        `${String(n).padStart(7)} postings: JSON.parse loop ${f(parse.perSecond)}/s; ` +
          `ess-jobs validate --no-rules ${f(cli.perSecond)}/s (${(cli.perSecond / parse.perSecond).toFixed(2)} × JSON.parse; ` +
          `per CPU second ${f(cli.perCpuSecond)} vs ${f(parse.perCpuSecond)}: ${(cli.perCpuSecond / parse.perCpuSecond).toFixed(2)} ×); ` +
          `peak RSS ${Number.isNaN(cli.peakMb) ? "n/a (no /usr/bin/time)" : `${cli.peakMb.toFixed(0)} MB`}` +
          (clis.length > 1 ? ` [${path}]` : ""),
      );
    }
  }
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}
