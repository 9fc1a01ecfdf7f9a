#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { isMainThread, workerData } from "node:worker_threads";
import { runCli } from "./cli.js";
import { ndjsonWorker, type NdjsonWorkerData } from "./ndjsonWorker.js";

declare const __VERSION__: string | undefined;

/** The version: set by the build, else read from package.json (when run from the sources with tsx). */
function version(): string {
  if (typeof __VERSION__ === "string") return __VERSION__;
  try {
    return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
  } catch {
    return "0.0.0";
  }
}

/** Runs the command line in the main thread. */
function main(): void {
  // A reader that goes away (`ess-jobs validate … | head`) closes the pipe: writing then fails with
  // EPIPE. Exit quietly with the code the run has so far, instead of Node's stack trace.
  const onOutputError = (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") process.exit(process.exitCode ?? 0);
    try {
      process.stderr.write(`ess-jobs: cannot write the report: ${error.message}\n`);
    } finally {
      process.exit(2);
    }
  };
  process.stdout.on("error", onOutputError);
  process.stderr.on("error", onOutputError);

  runCli(
    process.argv.slice(2),
    {
      out: (text) => process.stdout.write(text),
      // Back-pressure: a report piped to a slow reader waits for it instead of piling up in memory.
      drained: () =>
        new Promise<void>((resolve) => {
          const done = () => {
            process.stdout.off("drain", done).off("close", done);
            resolve();
          };
          process.stdout.on("drain", done).on("close", done);
        }),
      err: (text) => void process.stderr.write(text),
      stdin: process.stdin,
      cwd: process.cwd(),
      isTty: process.stdout.isTTY === true,
      env: process.env,
      exitCode: (code) => {
        process.exitCode = code;
      },
      // The workers that validate large NDJSON files run this same script (see below).
      workerUrl: new URL(import.meta.url),
    },
    version(),
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`ess-jobs: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}

if (!isMainThread && (workerData as NdjsonWorkerData | undefined)?.essJobs === "ndjson-worker") ndjsonWorker();
else main();
