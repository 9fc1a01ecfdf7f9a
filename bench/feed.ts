// Validating a national feed: generates NDJSON files of 10 000 and 100 000 postings (variants of the
// examples, bench/support/postings.ts, one invalid posting in 50), then, for each, runs in interleaved
// rounds (A B C …, A B C …), each in a child process under GNU time so that its CPU time (user +
// system, all threads) and peak RSS are its own, start-up included:
//   - a JSON.parse loop over the file's lines (readline), the baseline of the goal (≤ 3×), and a leaner
//     one (blocks cut at their newline bytes), what reading and parsing cost at least
//     (bench/support/feedLoop.mjs);
//   - the lean loop calling validateJobPosting on each posting (rules on, French messages, as the CLI
//     calls it), from the first CLI's build (its dist/esm/index.js): the CLI minus its own work;
//   - the CLI as users run it (`ess-jobs validate --format json`, rules on, the default) and with
//     `--no-rules`.
// Prints each one's median CPU time and spread (min–max), postings per CPU second, the ratio to the
// JSON.parse loop (median of the per-round ratios, each a few seconds apart, which the drift of a
// shared machine disturbs less than a ratio of medians), the largest peak RSS and the median wall time;
// then where the CLI's CPU time goes (reading and parsing, validateJobPosting, the CLI's own work).
// Checks that the CLI and the validate loop report the same numbers of postings, errors and warnings.
//
//   npm run build && npx tsx bench/feed.ts
//
// Environment: FEED_ROUNDS=<n> (default 3); FEED_SIZES=20000,100000 (default 10000,100000);
// ESS_JOBS_CLI=<path of a built CLI entry, optionally followed by options, such as
// "dist/esm/cli/main.js --jobs 2"> (default dist/esm/cli/main.js; several, comma-separated, join the same
// rounds, to compare builds or options); FEED_KEEP=<folder> writes the feeds there and keeps them (for
// profiling: `node --cpu-prof dist/esm/cli/main.js validate --format json --output /dev/null <feed>`).
import { spawnSync } from "node:child_process";
import { appendFileSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

import { EXAMPLES as examples, invalidVariant, summary, validVariant } from "./support/postings.js";

const root = join(import.meta.dirname, "..");
const loop = join(import.meta.dirname, "support", "feedLoop.mjs");
const clis = (process.env["ESS_JOBS_CLI"] ?? join(root, "dist", "esm", "cli", "main.js")).split(",").map((c) => c.trim());
const sizes = (process.env["FEED_SIZES"] ?? "10000,100000").split(",").map(Number);
const rounds = Number(process.env["FEED_ROUNDS"] ?? 3);
const keep = process.env["FEED_KEEP"];
if (!existsSync("/usr/bin/time")) throw new Error("this benchmark needs GNU time (/usr/bin/time) for CPU time and peak RSS: apt-get install time");
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

/** One run of a command: CPU seconds (user + system), wall seconds, peak RSS in MB. */
interface Sample {
  cpu: number;
  wall: number;
  peakMb: number;
}

/** Numbers of postings and diagnostics, from the CLI's summary or the validate loop. */
type Counts = { postings: number; errors: number; warnings: number; infos: number };

/** Runs `node …args` under GNU time; its standard output as text. */
function timed(args: string[]): Sample & { stdout: string; stderr: string; status: number | null } {
  const start = process.hrtime.bigint();
  const r = spawnSync("/usr/bin/time", ["-f", "%M %U %S", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 24 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const lines = r.stderr.trim().split("\n");
  const [kb, user, system] = lines.pop()!.split(" ").map(Number);
  return { cpu: user! + system!, wall, peakMb: kb! / 1024, stdout: r.stdout, stderr: lines.join("\n"), status: r.status };
}

/** The summary at the end of a `--format json` report (read from its last bytes), removed afterwards. */
function reportSummary(report: string, stderr: string): Counts {
  const size = statSync(report).size;
  const tail = Buffer.alloc(Math.min(size, 4096));
  const fd = openSync(report, "r");
  readSync(fd, tail, 0, tail.length, size - tail.length);
  closeSync(fd);
  rmSync(report);
  // A crash also exits with 1: the report must be complete.
  const found = /"summary":(\{[^}]*\})\}\s*$/.exec(tail.toString("utf8"));
  if (!found) throw new Error(`no complete report written: ${stderr.slice(0, 500)}`);
  return JSON.parse(found[1]!) as Counts;
}

interface Variant {
  label: string;
  run(file: string, n: number): Sample & { counts?: Counts };
}

const loopVariant = (label: string, mode: string, entry?: string): Variant => ({
  label,
  run(file, n) {
    const r = timed([loop, mode, file, ...(entry ? [entry] : [])]);
    if (r.status !== 0) throw new Error(`${label} failed: ${r.stderr.slice(0, 500)}`);
    const counts = JSON.parse(r.stdout) as Counts;
    if (counts.postings !== n) throw new Error(`${label} read ${counts.postings} postings, not ${n}`);
    return { ...r, counts };
  },
});

const cliVariant = (cli: string, rules: boolean): Variant => {
  const [path, ...options] = cli.split(/\s+/);
  return {
    label: `ess-jobs validate${rules ? " (rules on)" : " --no-rules"}${clis.length > 1 ? ` [${clis.indexOf(cli) + 1}]` : ""}`,
    run(file, n) {
      const report = join(work, "report.json");
      const r = timed([path!, "validate", ...(rules ? [] : ["--no-rules"]), ...options, "--format", "json", "--output", report, file]);
      if (r.status !== 1) throw new Error(`expected exit code 1 (some postings are invalid), got ${r.status}: ${r.stderr.slice(0, 500)}`);
      const counts = reportSummary(report, r.stderr);
      if (counts.postings !== n) throw new Error(`the CLI validated ${counts.postings} postings, not ${n}`);
      return { ...r, counts };
    },
  };
};

const PARSE = "JSON.parse loop (readline)";
const LEAN = "JSON.parse loop (lean)";
const VALIDATE = "lean loop + validateJobPosting";
// validateJobPosting of the first CLI's build (its dist/esm/index.js).
const library = join(dirname(clis[0]!.split(/\s+/)[0]!), "..", "index.js");
const variants: Variant[] = [loopVariant(PARSE, "parse"), loopVariant(LEAN, "parse-lean"), loopVariant(VALIDATE, "validate", library), ...clis.flatMap((c) => [cliVariant(c, true), cliVariant(c, false)])];

const f = (x: number) => Math.round(x).toLocaleString("en-US");
const s = (x: number) => x.toFixed(x < 10 ? 2 : 1);

try {
  console.log(`node ${process.version}; postings cycle through the ${examples.length} examples; 1 in 50 invalid; ${rounds} interleaved rounds`);
  if (clis.length > 1) clis.forEach((cli, k) => console.log(`[${k + 1}] ${cli}`));
  console.log("");
  for (const n of sizes) {
    const file = keep && existsSync(join(work, `feed-${n}.ndjson`)) ? join(work, `feed-${n}.ndjson`) : writeFeed(n);
    const samples = variants.map(() => [] as Sample[]);
    for (let round = 0; round < rounds; round++) {
      variants.forEach((v, i) => {
        const r = v.run(file, n);
        samples[i]!.push(r);
        // The CLI with its rules did what the validate loop did: same postings, same diagnostics.
        const reference = samples[2]![round]! as Sample & { counts?: Counts };
        if (v.label.includes("(rules on)") && r.counts && reference.counts) {
          const { postings, errors, warnings, infos } = r.counts;
          const c = reference.counts;
          if (postings !== c.postings || errors !== c.errors || warnings !== c.warnings || infos !== c.infos) throw new Error(`${v.label} reports ${JSON.stringify(r.counts)}, the validate loop ${JSON.stringify(c)}`);
        }
      });
    }
    const cpu = samples.map((xs) => summary(xs.map((x) => x.cpu)));
    const ratio = samples.map((xs) => summary(xs.map((x, r) => x.cpu / samples[0]![r]!.cpu)));
    console.log(`${f(n)} postings (${(statSync(file).size / 1e6).toFixed(0)} MB); CPU s median (min–max), per CPU s, × the readline JSON.parse loop (CPU, median of per-round ratios), largest peak RSS, median wall s`);
    variants.forEach((v, i) => {
      const c = cpu[i]!;
      const wall = summary(samples[i]!.map((x) => x.wall)).median;
      const peak = Math.max(...samples[i]!.map((x) => x.peakMb));
      console.log(
        `  ${v.label.padEnd(40)} ${s(c.median).padStart(6)} s (${s(c.min)}–${s(c.max)})  ${f(n / c.median).padStart(7)}/CPU s  ` +
          `${ratio[i]!.median.toFixed(2)}× (${ratio[i]!.min.toFixed(2)}–${ratio[i]!.max.toFixed(2)})  ${peak.toFixed(0)} MB  wall ${s(wall)} s`,
      );
    });
    // Where the CLI's time goes, from the medians: reading and parsing (the lean loop), validateJobPosting
    // (the validate loop minus the lean loop), the CLI's own work (the CLI minus the validate loop).
    clis.forEach((cli, k) => {
      const [lean, validate, all] = [cpu[1]!.median, cpu[2]!.median, cpu[3 + 2 * k]!.median];
      const pct = (x: number) => `${((100 * x) / all).toFixed(0)} %`;
      console.log(
        `  the CLI (rules on${clis.length > 1 ? ` [${k + 1}]` : ""}), ${s(all)} s: reading and JSON.parse ${s(lean)} s (${pct(lean)}), validateJobPosting ${s(validate - lean)} s (${pct(validate - lean)}), ` +
          `its own work (locations, report, its reading beyond the lean loop's) ${s(all - validate)} s (${pct(all - validate)})`,
      );
    });
    console.log("");
  }
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}
