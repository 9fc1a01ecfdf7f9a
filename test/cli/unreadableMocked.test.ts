import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { minimal, run, scratch } from "./support.js";

// The file system refuses any file whose name holds "denied", as it does a chmod 000 file to a user
// other than root: this test runs whoever runs the tests (badInputs.test.ts has the real thing).
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const refuse = (path: unknown) => {
    if (String(path).includes("denied")) throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: "EACCES", errno: -13, syscall: "open" });
  };
  return {
    ...fs,
    readFileSync: ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => (refuse(path), (fs.readFileSync as (...a: unknown[]) => unknown)(path, ...rest))) as typeof fs.readFileSync,
    createReadStream: ((path: Parameters<typeof fs.createReadStream>[0], options?: Parameters<typeof fs.createReadStream>[1]) => (refuse(path), fs.createReadStream(path, options))) as typeof fs.createReadStream,
  };
});

describe("an unreadable regular file (EACCES, simulated)", () => {
  it.each(["denied.json", "denied.ndjson", "denied.yaml"])("%s: one line; exit 2 alone, 1 beside a valid posting", async (name) => {
    const dir = scratch();
    writeFileSync(join(dir, name), JSON.stringify(minimal));
    writeFileSync(join(dir, "good.json"), JSON.stringify(minimal));
    const alone = await run(["validate", "--no-rules", "--format", "json", join(dir, name)]);
    expect(alone.exitCode).toBe(2);
    expect(JSON.parse(alone.out).results).toEqual([
      { file: join(dir, name), index: null, line: null, valid: false, diagnostics: [{ code: "input/unreadable-file", severity: "error", path: [], message: "Fichier illisible : permission refusée (EACCES)." }] },
    ]);
    const beside = await run(["validate", "--no-rules", "--locale", "en", join(dir, name), join(dir, "good.json")]);
    expect(beside.exitCode).toBe(1);
    expect(beside.out).toContain(`${join(dir, name)}\n  -        error  Cannot read the file: permission denied (EACCES).  input/unreadable-file /\n`);
  });
});
