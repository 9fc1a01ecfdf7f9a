// Fuzzing job over the CLI: folders of hostile files (random bytes, mutated real postings as JSON,
// NDJSON and YAML, truncated documents, hostile file names) validated in every format. Each run must
// end with exit code 0, 1 or 2, never an internal error, and a report that is well-formed (JSON for
// json and sarif) and carries no control character nor CI command from the input. Bounded in runs;
// a failure prints its seed (FUZZ_SEED=<seed> reproduces it).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { run } from "../cli/support.js";
import { fuzzOptions, hostileString, mutatedPosting } from "./arbitraries.js";

const json = (v: unknown) => {
  try {
    return JSON.stringify(v) ?? "null";
  } catch {
    return "{}"; // a BigInt
  }
};
const yaml = (v: unknown) => {
  try {
    return stringify(v);
  } catch {
    return "title: [";
  }
};

/** One file: a name (hostile characters allowed, no `/` nor NUL) with a posting extension, and its bytes. */
const hostileFile = fc.record({
  name: fc.tuple(hostileString.map((s) => s.replace(/[/\u0000]/g, "_").slice(0, 80) || "_"), fc.constantFrom(".json", ".ndjson", ".jsonl", ".yaml", ".yml")).map(([n, ext]) => n + ext),
  content: fc.oneof(
    fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
    mutatedPosting.map((p) => Buffer.from(json(p))),
    fc.array(mutatedPosting, { minLength: 1, maxLength: 4 }).map((ps) => Buffer.from(ps.map(json).join("\n"))),
    mutatedPosting.map((p) => Buffer.from(yaml(p))),
    fc.tuple(mutatedPosting, fc.nat()).map(([p, n]) => {
      const text = json(p);
      return Buffer.from(text.slice(0, n % (text.length + 1)));
    }),
    hostileString.map((s) => Buffer.from(s)),
    mutatedPosting.map((p) => Buffer.from("\ufeff" + json(p), "utf16le")),
  ),
});

const FORMATS = ["pretty", "json", "github", "junit", "sarif"] as const;

describe("fuzzing: the CLI on hostile files", () => {
  it("exits 0, 1 or 2 with a safe, well-formed report in every format", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(hostileFile, { minLength: 1, maxLength: 3, selector: (f) => f.name.toLowerCase() }), fc.constantFrom(...FORMATS), async (files, format) => {
        const dir = mkdtempSync(join(tmpdir(), "ess-jobs-fuzz-"));
        try {
          for (const f of files) writeFileSync(join(dir, f.name), f.content);
          const r = await run(["validate", "--format", format, dir]);
          expect([0, 1, 2]).toContain(r.exitCode);
          expect(r.err).not.toContain("internal error");
          expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|##vso\[|##\[/);
          for (const line of r.out.split("\n")) {
            if (format === "github") expect(line).toMatch(/^(::(error|warning|notice) file=[^\n]*::[^\n]*)?$/);
            else expect(line.trimStart().startsWith("::")).toBe(false);
          }
          if (format === "json" || format === "sarif") JSON.parse(r.out);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      fuzzOptions(40),
    );
  });
});
