#!/usr/bin/env node
import { runCli } from "./cli.js";

declare const __VERSION__: string;

try {
  const { exitCode } = runCli(process.argv.slice(2), { out: (l) => process.stdout.write(l + "\n"), err: (l) => process.stderr.write(l + "\n") }, __VERSION__);
  process.exitCode = exitCode;
} catch (error) {
  process.stderr.write(`ess-jobs: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
