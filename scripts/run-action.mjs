#!/usr/bin/env node
// Runs the steps of action.yml as GitHub's runner runs a composite action: each `run` step in its
// `shell`, with its `env`, `${{ inputs.* }}` replaced by the given inputs or their defaults, in the
// working folder, with GITHUB_ACTION_PATH set to this repository. Exits with the first failing step's code.
//   node scripts/run-action.mjs [--input name=value]... (in the project to validate)
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";

const root = resolve(import.meta.dirname, "..");
const action = parse(readFileSync(join(root, "action.yml"), "utf8"));
const { values } = parseArgs({ options: { input: { type: "string", multiple: true } } });
const given = Object.fromEntries((values.input ?? []).map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]));
for (const name of Object.keys(given)) if (!(name in action.inputs)) throw new Error(`unknown input ${name}`);
const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, given[name] ?? spec.default ?? ""]));
const expand = (text) =>
  String(text).replace(/\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}/g, (_, name) => {
    if (!(name in inputs)) throw new Error(`action.yml uses an undeclared input: ${name}`);
    return inputs[name];
  });

if (action.runs?.using !== "composite") throw new Error("action.yml: a composite action is expected");
for (const step of action.runs.steps) {
  if (step.uses) throw new Error(`step ${step.name}: uses is not run by this script`);
  const shells = { bash: ["bash", "--noprofile", "--norc", "-eo", "pipefail"], sh: ["sh", "-e"] };
  const shell = shells[step.shell];
  if (!shell) throw new Error(`step ${step.name}: shell ${step.shell} is not supported here`);
  const env = { ...process.env, GITHUB_ACTION_PATH: root, ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v)])) };
  const r = spawnSync(shell[0], [...shell.slice(1), "-c", expand(step.run)], { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
