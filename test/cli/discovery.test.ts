import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { minimal, root, run, scratch } from "./support.js";

const declared = (schema: string) => JSON.stringify({ $schema: schema, ...minimal }, null, 2);
const filesOf = (out: string) => [...new Set((JSON.parse(out) as { results: { file: string }[] }).results.map((r) => r.file))].sort();

/** A project folder: tooling files, postings declared in the three ways, ignored ones. */
function project(): string {
  const dir = scratch();
  const write = (path: string, text: string) => (mkdirSync(join(dir, path, ".."), { recursive: true }), writeFileSync(join(dir, path), text));
  write("package.json", JSON.stringify({ name: "site", version: "1.0.0" }));
  write("tsconfig.json", "{}");
  write("data/other.json", JSON.stringify({ title: "not a posting" }));
  write("jobs/a.json", declared("../node_modules/ess-jobs/schemas/job-posting.schema.json"));
  write("jobs/b.json", declared("https://cdn.jsdelivr.net/npm/ess-jobs@0/schemas/draft-07/job-posting.schema.json"));
  write("jobs/c.posting.yaml", "title: Animateur\norganisation:\n  name: MJC\ncontracts:\n  - type: cdi\n");
  write("jobs/d.yml", "# yaml-language-server\n$schema: ../schemas/job-posting.schema.json\ntitle: Animateur\norganisation:\n  name: MJC\ncontracts:\n  - type: cdi\n");
  write("feeds/plain.json", JSON.stringify(minimal));
  write("build/copy.json", declared("job-posting.schema.json"));
  write("jobs/drafts/wip.json", declared("job-posting.schema.json"));
  write("jobs/drafts/keep.json", declared("job-posting.schema.json"));
  write(".gitignore", "build/\n");
  write("jobs/.gitignore", "drafts/*\n!drafts/keep.json\n");
  return dir;
}

describe("ess-jobs validate <folder>: which files are postings", () => {
  it("takes the files declaring the schema and *.posting.* files, respecting .gitignore (with negation)", async () => {
    const dir = project();
    const r = await run(["validate", "--no-rules", "--format", "json", "."], { cwd: dir });
    expect(r.exitCode).toBe(0);
    expect(filesOf(r.out)).toEqual(["jobs/a.json", "jobs/b.json", "jobs/c.posting.yaml", "jobs/d.yml", "jobs/drafts/keep.json"]);
  });

  it("adds the config's files globs, and leaves out --ignore and the config's ignore patterns", async () => {
    const dir = project();
    writeFileSync(join(dir, "ess-jobs.config.json"), JSON.stringify({ files: ["feeds/*.json"], ignore: ["jobs/b.json"] }));
    const r = await run(["validate", "--no-rules", "--format", "json", "--ignore", "*.yaml", "--ignore", "jobs/drafts/", "."], { cwd: dir });
    expect(filesOf(r.out)).toEqual(["feeds/plain.json", "jobs/a.json", "jobs/d.yml"]);
  });

  it("still validates a file named on the command line, and every file a glob matches (ignores apart)", async () => {
    const dir = project();
    const named = await run(["validate", "--no-rules", "--format", "json", "feeds/plain.json"], { cwd: dir });
    expect(filesOf(named.out)).toEqual(["feeds/plain.json"]);
    const glob = await run(["validate", "--no-rules", "--format", "json", "--ignore", "jobs/b.json", "jobs/*.json"], { cwd: dir });
    expect(filesOf(glob.out)).toEqual(["jobs/a.json"]);
  });

  it("on this repository, `validate .` reads the six examples and nothing else (no package.json, tsconfig, schema or fixture)", async () => {
    const r = await run(["validate", "--no-rules", "--format", "json", "."], { cwd: root });
    expect(r.exitCode).toBe(0);
    expect(filesOf(r.out)).toEqual(["cga-service-civique", "cga-stage-apprentissage", "la-tresse-2024", "labo-ess-2023", "metropop-emploi-tremplin", "we-co-2015"].map((n) => `examples/${n}.json`));
  });
});
