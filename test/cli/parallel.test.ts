import { readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { describe, expect, it } from "vitest";
import { MAX_LINE_BYTES } from "../../src/cli/ndjsonLines.js";
import { PARALLEL_MIN_BYTES } from "../../src/cli/validateNdjsonInParallel.js";
import { root, scratch, spawnCli } from "./support.js";

// Worker threads do not get tsx's loader on Node 20: bundle the CLI as the package does (one ESM
// file, dependencies left to node_modules) and run that.
const dist = scratch();
symlinkSync(join(root, "node_modules"), join(dist, "node_modules"));
buildSync({ entryPoints: [join(root, "src/cli/main.ts")], outfile: join(dist, "cli.js"), bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", define: { __VERSION__: '"0.0.0-test"' }, logLevel: "error" });

const spawnBuilt = (args: string[]) => spawnCli(args, { script: join(dist, "cli.js") });

/** A feed over the size that sends it to worker threads, with every kind of line. */
function feed(): string {
  const examples = readdirSync(join(root, "examples")).sort().map((f) => JSON.parse(readFileSync(join(root, "examples", f), "utf8")) as Record<string, unknown>);
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < PARALLEL_MIN_BYTES * 1.5; i++) {
    const posting: Record<string, unknown> = { ...examples[i % examples.length]!, id: `offre-${i}` };
    if (i % 7 === 3) posting["contracts"] = [{ type: "cdx" }];
    let line = JSON.stringify(posting);
    if (i === 0) line = "\uFEFF" + line;
    if (i % 97 === 5) line = line.slice(0, 80); // malformed
    if (i % 89 === 7) lines.push("   ");
    if (i === 200) line = `{"title": "a${"\u0000"}"}`;
    if (i === 300) line = JSON.stringify({ title: "x".repeat(MAX_LINE_BYTES) });
    lines.push(i % 2 ? line + "\r" : line);
    size += line.length;
  }
  const file = join(scratch(), "feed.ndjson");
  writeFileSync(file, lines.join("\n")); // no final line end
  return file;
}

describe("large NDJSON files in worker threads", () => {
  it("give the report of the one-thread path, byte for byte, whatever the number of workers", async () => {
    const file = feed();
    const one = await spawnBuilt(["validate", "--no-rules", "--format", "json", "--jobs", "1", file]);
    expect(one.err).toBe("");
    expect(one.exitCode).toBe(1);
    const report = JSON.parse(one.out) as { summary: { postings: number; errors: number }; results: { diagnostics: { code: string }[] }[] };
    const codes = new Set(report.results.flatMap((r) => r.diagnostics.map((d) => d.code)));
    expect([...codes].sort()).toEqual(["input/binary-file", "input/invalid-json", "input/line-too-long", "structure/invalid-discriminator"]);
    for (const jobs of ["2", "3", "auto"]) {
      const many = await spawnBuilt(["validate", "--no-rules", "--format", "json", "--jobs", jobs, file]);
      expect(many.err).toBe("");
      expect(many.exitCode).toBe(1);
      expect(many.out).toBe(one.out);
    }
    const rules = await Promise.all(["1", "2"].map((jobs) => spawnBuilt(["validate", "--locale", "en", "--format", "github", "--jobs", jobs, file])));
    expect(rules[1]!.out).toBe(rules[0]!.out);
    expect(rules[1]!.exitCode).toBe(rules[0]!.exitCode);
  });

  it("--jobs must be auto or a whole number from 1 to 64", async () => {
    for (const jobs of ["0", "1.5", "x", "65"]) expect((await spawnBuilt(["validate", "--jobs", jobs, "examples"])).exitCode, jobs).toBe(2);
  });
});
