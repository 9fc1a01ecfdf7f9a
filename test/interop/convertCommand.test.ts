import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertCommand } from "../../src/cli/convertCommand.js";

const root = join(import.meta.dirname, "..", "..");
async function run(args: string[], stdin?: string) {
  let out = "";
  let err = "";
  const code = await convertCommand(args, {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    cwd: root,
    ...(stdin !== undefined ? { stdin: (async function* () { yield Buffer.from(stdin); })() } : {}),
  });
  return { code, out, err };
}

describe("ess-jobs convert", () => {
  it("--to schema-org: an example with its date gives JSON-LD, exit 0", async () => {
    const r = await run(["--to", "schema-org", "examples/la-tresse-2024.json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ "@type": "JobPosting", title: "Chargé·e de mission coordination / communication", datePosted: "2024-02-05" });
    expect(r.err).toBe("");
  });
  it("--to schema-org: an undated posting is an error (exit 1) unless --date", async () => {
    const r = await run(["--to", "schema-org", "examples/labo-ess-2023.json"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("examples/labo-ess-2023.json: error interop/missing-date-posted /dates/posted");
    expect((await run(["--to", "schema-org", "--date", "2023-06-20", "examples/labo-ess-2023.json"])).code).toBe(0);
  });
  it("several inputs give an array; an invalid posting is reported and skipped", async () => {
    const r = await run(["--to", "schema-org", "--date", "2024-01-01", "examples/we-co-2015.json", "-"], JSON.stringify([{ title: "X" }]));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toHaveLength(1);
    expect(r.err).toContain("-[0]: error structure/required /organisation");
  });
  it("--from france-travail: every fixture, --output, --verbose", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ess-jobs-convert-"));
    const output = join(dir, "postings.json");
    const r = await run(["--from", "france-travail", "--verbose", "--date", "2025-02-01", "-o", output, "test/fixtures/france-travail/ft-184BJQH.json", "test/fixtures/france-travail/ft-186BHVN.json"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    const postings = JSON.parse(readFileSync(output, "utf8"));
    expect(postings.map((p: { id: string }) => p.id)).toEqual(["184BJQH", "186BHVN"]);
    expect(postings[0].provenance.retrievedOn).toBe("2025-02-01");
    expect(r.err).toContain("test/fixtures/france-travail/ft-186BHVN.json: info interop/unmapped /salaire/commentaire");
  });
  it("--from france-travail reads a search response's resultats", async () => {
    const offer = JSON.parse(readFileSync(join(root, "test/fixtures/france-travail/ft-184JZNX.json"), "utf8"));
    const r = await run(["--from", "france-travail", "-"], JSON.stringify({ resultats: [offer] }));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toHaveLength(1);
  });
  it("--from schema-org reads JSON-LD and HTML pages", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ess-jobs-convert-"));
    const ld = (await run(["--to", "schema-org", "examples/la-tresse-2024.json"])).out;
    writeFileSync(join(dir, "page.html"), `<html><script type="application/ld+json">${ld}</script></html>`);
    const r = await run(["--from", "schema-org", join(dir, "page.html")]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ title: "Chargé·e de mission coordination / communication", contracts: [{ type: "freelance" }] });
  });
  it("usage errors and unreadable inputs: exit 2", async () => {
    expect((await run(["--to", "schema-org"])).code).toBe(2);
    expect((await run(["--to", "html", "x.json"])).code).toBe(2);
    expect((await run(["--to", "schema-org", "--from", "schema-org", "x.json"])).code).toBe(2);
    expect((await run(["--from", "france-travail", "--date", "hier", "x.json"])).code).toBe(2);
    const missing = await run(["--from", "france-travail", "nope.json"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("nope.json: error input/missing");
    expect((await run(["--from", "france-travail", "-"], "{ nope")).err).toContain("input/invalid-json");
    expect((await run(["--help"])).out).toContain("ess-jobs convert --to schema-org");
  });
});
