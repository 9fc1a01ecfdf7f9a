import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { linkPackage, root, scratchProject } from "./support.js";

/** Runs action.yml's steps in a project, as GitHub's runner would (scripts/run-action.mjs). */
const runAction = (project: string, inputs: Record<string, string>) =>
  spawnSync(process.execPath, [join(root, "scripts/run-action.mjs"), ...Object.entries(inputs).flatMap(([k, v]) => ["--input", `${k}=${v}`])], { cwd: project, encoding: "utf8" });

describe("the GitHub Action (action.yml)", () => {
  it("is a composite action whose inputs are paths, format, date, rules, output and version", () => {
    const action = parse(readFileSync(join(root, "action.yml"), "utf8")) as { runs: { using: string }; inputs: Record<string, { default: string }> };
    expect(action.runs.using).toBe("composite");
    expect(Object.keys(action.inputs)).toEqual(["paths", "format", "date", "rules", "output", "version"]);
    expect(action.inputs["format"]!.default).toBe("github");
  });

  it("on a project with a valid and an invalid posting: an error annotation on the invalid one, exit 1", () => {
    const project = scratchProject();
    linkPackage(project);
    const r = runAction(project, {});
    expect(r.status, r.stderr).toBe(1);
    // One error command, on the invalid file's line; the valid one gets a notice (its pay is not
    // disclosed); package.json and tsconfig.json are not read.
    const commands = r.stdout.split("\n").filter((l) => l.startsWith("::"));
    expect(commands.filter((c) => c.startsWith("::error"))).toHaveLength(1);
    expect(commands[0]).toMatch(/^::error file=jobs\/bad\.json,line=9,col=15,title=structure\/invalid-discriminator::Valeur de « type » inconnue/);
    expect(commands.slice(1)).toEqual([expect.stringMatching(/^::notice file=jobs\/good\.json,line=1,col=1,title=pay\/not-disclosed::/)]);
    expect(r.stdout).not.toMatch(/package\.json|tsconfig\.json/);
  });

  it("passes rules, date, paths and format on: a rule turned off, a report written to a file", () => {
    const project = scratchProject();
    linkPackage(project);
    const r = runAction(project, { paths: "jobs/good.json", rules: "pay/not-disclosed=off,\n posting/undated=warn", date: "2024-06-01", format: "json", output: "reports/ess.json" });
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(project, "reports/ess.json"), "utf8")) as { summary: { files: number; errors: number } };
    expect(report.summary).toMatchObject({ files: 1, errors: 0 });
    expect(runAction(project, { paths: "jobs", rules: "no/such-rule=off" }).status).toBe(2);
  });
});
