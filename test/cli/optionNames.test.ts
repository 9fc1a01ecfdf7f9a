// The CLI's options carry the library's names: --structure-only / "structureOnly" skip the rules, --rule /
// "rules" set severities. The deprecated --no-rules still works and gives what --structure-only gives.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { minimal, run, scratch } from "./support.js";

/** A folder holding p.json, whose hourly pay range is inverted (30 € to 20 €): one range/min-above-max error. */
function project(config?: object): string {
  const dir = scratch();
  writeFileSync(join(dir, "p.json"), JSON.stringify({ ...minimal, pay: { amount: { min: 30, max: 20, currency: "EUR", period: "hour" } } }, null, 2));
  if (config) writeFileSync(join(dir, "ess-jobs.config.json"), JSON.stringify(config));
  return dir;
}
const codes = (out: string) => (JSON.parse(out) as { results: { diagnostics: { code: string; severity: string }[] }[] }).results.flatMap((r) => r.diagnostics.map((d) => `${d.code}:${d.severity}`));

describe("ess-jobs validate: option names", () => {
  it("--structure-only skips the rules; the deprecated --no-rules gives the same report", async () => {
    const dir = project();
    const rules = await run(["validate", "--format", "json", "p.json"], { cwd: dir });
    expect(rules.exitCode).toBe(1);
    expect(codes(rules.out)).toEqual(["range/min-above-max:error"]);
    const structure = await run(["validate", "--format", "json", "--structure-only", "p.json"], { cwd: dir });
    expect(structure.exitCode).toBe(0);
    expect(codes(structure.out)).toEqual([]);
    const old = await run(["validate", "--format", "json", "--no-rules", "p.json"], { cwd: dir });
    expect({ exitCode: old.exitCode, out: old.out }).toEqual({ exitCode: structure.exitCode, out: structure.out });
  });

  it('"structureOnly" in the config skips the rules; --no-structure-only (or the deprecated --rules) turns them back on', async () => {
    const dir = project({ structureOnly: true });
    expect((await run(["validate", "p.json"], { cwd: dir })).exitCode).toBe(0);
    expect((await run(["validate", "--no-structure-only", "p.json"], { cwd: dir })).exitCode).toBe(1);
    expect((await run(["validate", "--rules", "p.json"], { cwd: dir })).exitCode).toBe(1);
    const bad = await run(["validate", "--locale", "en", "p.json"], { cwd: project({ structureOnly: "yes" }) });
    expect(bad.exitCode).toBe(2);
    expect(bad.err).toContain('ess-jobs.config.json: "structureOnly" must be true or false.');
  });

  it('"rules" in the config and --rule set the same severities as validateJobPosting\'s rules', async () => {
    const fromConfig = await run(["validate", "--format", "json", "p.json"], { cwd: project({ rules: { "range/min-above-max": "info" } }) });
    const fromFlag = await run(["validate", "--format", "json", "--rule", "range/min-above-max=info", "p.json"], { cwd: project() });
    expect(codes(fromConfig.out)).toEqual(["range/min-above-max:info"]);
    expect(codes(fromFlag.out)).toEqual(["range/min-above-max:info"]);
    expect([fromConfig.exitCode, fromFlag.exitCode]).toEqual([0, 0]);
  });

  it("lists --structure-only in --help", async () => {
    expect((await run(["--help"])).out).toMatch(/--structure-only +check the structure only/);
  });
});
