import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/cli.js";

/** The repository's root. */
export const root = join(import.meta.dirname, "..", "..");

/** Runs the CLI in this process, with its output captured. */
export async function run(args: string[], options: { cwd?: string; stdin?: string; env?: NodeJS.ProcessEnv } = {}) {
  let out = "";
  let err = "";
  const exitCode = await runCli(
    args,
    {
      out: (t) => void (out += t),
      err: (t) => void (err += t),
      cwd: options.cwd ?? root,
      isTty: false,
      env: options.env ?? {},
      stdin: (async function* () {
        if (options.stdin !== undefined) yield Buffer.from(options.stdin);
      })(),
    },
    "1.2.3",
  );
  return { exitCode, out, err };
}

/** A fresh temporary folder. */
export const scratch = () => mkdtempSync(join(tmpdir(), "ess-jobs-cli-"));

/** The command that runs the CLI from its sources in a child process (Node with tsx's loader). */
export const cliCommand = (args: string[]): [string, string[]] => [process.execPath, ["--import", "tsx", join(root, "src", "cli", "main.ts"), ...args]];

/** Runs the CLI in a child process and collects its output and exit code. */
export function spawnCli(args: string[], options: { cwd?: string; prefix?: string[]; script?: string } = {}): Promise<{ exitCode: number | null; out: string; err: string }> {
  // `script`: a built cli.js to run instead of the sources.
  const [node, nodeArgs] = options.script ? [process.execPath, [options.script, ...args]] : cliCommand(args);
  const [command, ...rest] = [...(options.prefix ?? []), node, ...nodeArgs];
  return new Promise((resolve, reject) => {
    const child = spawn(command!, rest, { cwd: options.cwd ?? root, env: { ...process.env, NO_COLOR: "1" } });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("close", (exitCode) => resolve({ exitCode, out, err }));
  });
}

/** A posting that is valid by structure, and dated (an undated posting breaks a rule of the Code du travail). */
export const minimal = { title: "Animateur·rice", organisation: { name: "MJC" }, contracts: [{ type: "cdi" }], dates: { posted: "2024-05-02" } };
