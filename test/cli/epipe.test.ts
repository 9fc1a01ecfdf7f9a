import { spawn, spawnSync } from "node:child_process";
import { createReadStream, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliCommand, minimal, root, scratch } from "./support.js";

/** An NDJSON feed whose report is far bigger than a pipe's buffer: 4 000 postings, one in two invalid. */
function bigFeed(): string {
  const dir = scratch();
  const lines: string[] = [];
  for (let i = 0; i < 4000; i++) lines.push(JSON.stringify(i % 2 ? { ...minimal, contracts: [{ type: "cdx" }] } : minimal));
  writeFileSync(join(dir, "feed.ndjson"), lines.join("\n") + "\n");
  return join(dir, "feed.ndjson");
}

describe("a report whose reader goes away (EPIPE)", () => {
  it("`validate … | head` exits quietly, with the exit code of what was found so far", () => {
    const [node, args] = cliCommand(["validate", "--no-rules", bigFeed()]);
    const quoted = [node, ...args].map((a) => `'${a}'`).join(" ");
    const r = spawnSync("bash", ["-c", `${quoted} | head -n 3; echo "cli exit code: \${PIPESTATUS[0]}" >&2`], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(r.stdout.split("\n")).toHaveLength(4);
    expect(r.stderr).toBe("cli exit code: 1\n");
  });

  it("standard output closed after the first chunk: no stack trace, exit code 1", async () => {
    const [node, args] = cliCommand(["validate", "--no-rules", "--format", "json", bigFeed()]);
    const child = spawn(node, args, { cwd: root });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(err).toBe("");
    expect(code).toBe(1);
  });

  it("--output into a FIFO whose reader stops: no stack trace, exit code 1", async () => {
    const dir = scratch();
    const fifo = join(dir, "report.fifo");
    spawnSync("mkfifo", [fifo]);
    const [node, args] = cliCommand(["validate", "--no-rules", "--format", "github", "--output", fifo, bigFeed()]);
    const child = spawn(node, args, { cwd: root });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const reader = createReadStream(fifo);
    let received = 0;
    reader.once("data", (d) => {
      received = d.length;
      reader.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(received).toBeGreaterThan(0);
    expect(err).toBe("");
    expect(code).toBe(1);
  });
});
