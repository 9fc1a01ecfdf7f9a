#!/usr/bin/env node
import { runCli } from "./cli.js";

declare const __VERSION__: string;

runCli(process.argv.slice(2), {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  stdin: process.stdin,
  cwd: process.cwd(),
  isTty: process.stdout.isTTY === true,
  env: process.env,
}, __VERSION__).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ess-jobs: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
