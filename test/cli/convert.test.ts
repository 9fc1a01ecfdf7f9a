import { describe, expect, it } from "vitest";
import { run } from "./support.js";

describe("ess-jobs convert, through the command line", () => {
  it("imports a France Travail offer into a posting", async () => {
    const r = await run(["convert", "--from", "france-travail", "test/fixtures/france-travail/ft-186BHVN.json"]);
    expect(r.exitCode).toBe(0);
    const posting = JSON.parse(r.out);
    expect(posting).toMatchObject({ contracts: [{ type: "cdi" }], organisation: { name: expect.stringContaining("AFAPEI") } });
  });

  it("writes Google for Jobs JSON-LD for an example", async () => {
    const r = await run(["convert", "--to", "schema-org", "--date", "2024-02-05", "examples/la-tresse-2024.json"]);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ "@context": "https://schema.org", "@type": "JobPosting", datePosted: "2024-02-05" });
  });

  it("has its own help, and rejects a missing direction as a usage error", async () => {
    const help = await run(["convert", "--help"]);
    expect([help.exitCode, help.out]).toEqual([0, expect.stringContaining("--from")]);
    expect((await run(["convert", "examples/la-tresse-2024.json"])).exitCode).toBe(2);
  });
});
