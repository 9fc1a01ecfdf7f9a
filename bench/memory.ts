// Peak memory of `ess-jobs validate` on a large NDJSON feed, in every report format, to a file and to a
// pipe: generates a feed of small postings (one in ten with a structural error, every one with at least
// a rule notice, so that every format has a result a posting to write) in a temporary folder, then runs
// the built CLI in a child process under GNU time (`/usr/bin/time -f %M`) for each format and target and
// prints its peak RSS, its wall time, and whether it is under the 200 MB goal.
//
//   npm run build && npx tsx bench/memory.ts
//
// Environment: POSTINGS=<n> (default 1000000), FORMATS=pretty,json,github,junit,sarif (default all),
// TARGETS=file,pipe (default both), ESS_JOBS_CLI=<path of a built CLI entry> (default dist/esm/cli/main.js; several,
// comma-separated, are run one after the other on the same feed, to compare builds in one run),
// CLI_ARGS="--no-rules" (extra options), STDIN=1 (the feed is given on standard input, `-`, instead of
// as a file). The pipe target is read by `cat > /dev/null`, so the CLI writes to a real pipe.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const postings = Number(process.env["POSTINGS"] ?? 1_000_000);
const formats = (process.env["FORMATS"] ?? "pretty,json,github,junit,sarif").split(",");
const targets = (process.env["TARGETS"] ?? "file,pipe").split(",");
const clis = (process.env["ESS_JOBS_CLI"] ?? join(root, "dist", "esm", "cli", "main.js")).split(",");
const extra = (process.env["CLI_ARGS"] ?? "").split(/\s+/).filter(Boolean);
const viaStdin = process.env["STDIN"] === "1";
const GOAL_MB = 200;

if (!existsSync("/usr/bin/time")) throw new Error("this benchmark needs GNU time (/usr/bin/time): apt-get install time");
const work = mkdtempSync(join(tmpdir(), "ess-jobs-memory-"));

/** Writes the feed in batches: a million postings make about 150 MB. */
function writeFeed(n: number): string {
  const file = join(work, `feed-${n}.ndjson`);
  const fd = openSync(file, "w");
  let batch = "";
  for (let i = 0; i < n; i++) {
    const posting = {
      id: `offre-${i}`,
      title: `Animateur·rice n° ${i}`,
      organisation: { name: `Maison des jeunes ${i % 997}` },
      contracts: [{ type: i % 10 === 9 ? "cdx" : "cdi" }],
      dates: { posted: "2024-05-02" },
    };
    batch += JSON.stringify(posting) + "\n";
    if (batch.length > 1 << 20 || i === n - 1) {
      writeSync(fd, batch);
      batch = "";
    }
  }
  closeSync(fd);
  return file;
}

interface Measure {
  peakMb: number;
  seconds: number;
  exitCode: number | null;
}

function measure(cli: string, format: string, target: string, feed: string): Measure {
  const report = join(work, `report.${format}`);
  const input = viaStdin ? ["-"] : [feed];
  const node = [process.execPath, cli, "validate", ...extra, "--format", format, ...(target === "file" ? ["--output", report] : []), ...input];
  const quoted = node.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  // GNU time measures the CLI's process alone; its report goes to `cat` through a pipe for the pipe target.
  const script = `/usr/bin/time -f '%M %e %x' -o '${work}/time' ${quoted}${viaStdin ? ` < '${feed}'` : ""}${target === "pipe" ? " | cat > /dev/null" : ""}; cat '${work}/time'`;
  const r = spawnSync("/bin/sh", ["-c", script], { encoding: "utf8", maxBuffer: 1 << 20 });
  const last = r.stdout.trim().split("\n").pop() ?? "";
  const match = /(\d+) ([\d.]+) (\d+)$/.exec(last);
  rmSync(report, { force: true });
  if (!match) return { peakMb: NaN, seconds: NaN, exitCode: null };
  return { peakMb: Number(match[1]) / 1024, seconds: Number(match[2]), exitCode: Number(match[3]) };
}

const feed = writeFeed(postings);
console.log(`${postings} postings${viaStdin ? " on standard input" : ""}${extra.length ? `, ${extra.join(" ")}` : ""}; goal: peak RSS < ${GOAL_MB} MB`);
console.log(["cli", "format", "target", "peak RSS (MB)", "time (s)", "exit", "goal"].join("\t"));
try {
  for (const format of formats) {
    for (const target of targets) {
      for (const cli of clis) {
        const m = measure(cli, format, target, feed);
        console.log([cli, format, target, m.peakMb.toFixed(0), m.seconds.toFixed(1), m.exitCode, m.peakMb < GOAL_MB ? "ok" : "OVER"].join("\t"));
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
