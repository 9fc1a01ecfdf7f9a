import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/generated/types.js";
import { checkGoogleJobPosting } from "../../src/interop/checkGoogleJobPosting.js";
import { fromSchemaOrg } from "../../src/interop/fromSchemaOrg.js";
import { toSchemaOrg } from "../../src/interop/toSchemaOrg.js";
import { addDays } from "../../src/interop/addDays.js";
import { validateJobPosting } from "../../src/validate/validateJobPosting.js";

const dir = join(import.meta.dirname, "..", "..", "examples");
const examples = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => [f, JSON.parse(readFileSync(join(dir, f), "utf8")) as JobPosting] as const);

/** The last day applications are accepted, whatever the deadline's form. */
const lastDay = (p: JobPosting) => (p.application?.deadline ? (p.application.deadline.inclusive ? p.application.deadline.date : addDays(p.application.deadline.date, -1)) : undefined);
const localities = (p: JobPosting) => (p.location?.places ?? []).filter((pl) => pl.address).map((pl) => ({ commune: pl.address!.commune, postalCode: pl.address!.postalCode, country: pl.address!.country }));

it("there are six examples", () => expect(examples).toHaveLength(6));

describe.each(examples)("%s", (_file, example) => {
  // Four examples carry no publication date: the date option stands in for it.
  const { jsonLd, diagnostics } = toSchemaOrg(example, { date: "2024-01-01" });

  it("gives JSON-LD that meets Google for Jobs' required properties", () => {
    expect(checkGoogleJobPosting(jsonLd)).toEqual([]);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(JSON.parse(JSON.stringify(jsonLd))).toEqual(jsonLd);
  });

  it("reads back into a valid posting with the facts schema.org carries", () => {
    const back = fromSchemaOrg(JSON.stringify(jsonLd));
    expect(back.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(back.postings).toHaveLength(1);
    const p = back.postings[0]!;
    expect(validateJobPosting(p, { rules: false }).valid).toBe(true);
    expect(p.title).toBe(example.title);
    expect(p.organisation.name).toBe(example.organisation.name);
    expect(p.organisation.website).toBe(example.organisation.website);
    expect(p.contracts.map((c) => c.type)).toEqual(example.contracts.map((c) => c.type));
    expect(p.pay?.amount).toEqual(example.pay?.amount);
    expect(localities(p)).toEqual(localities(example));
    expect(p.dates?.posted).toBe(example.dates?.posted ?? "2024-01-01");
    expect(p.application?.deadline && lastDay(p)).toBe(lastDay(example));
    expect(p.collectiveAgreement).toEqual(example.collectiveAgreement);
    expect(p.schemes?.map((s) => s.type)).toEqual(example.schemes?.map((s) => s.type));
    expect(p.location?.remote?.policy).toBe(example.location?.remote?.policy);
    expect(p.location?.remote?.daysPerWeek).toBe(example.location?.remote?.daysPerWeek);
    expect(p.pay?.followsAgreement).toBe(example.pay?.followsAgreement);
    expect(p.pay?.statutory).toBe(example.pay?.statutory);
  });
});

// Found by the property test of interopProperties.test.ts (seed -685604095): a place stated by its country
// alone (a job in Gabon) came back from JSON-LD as no place at all.
it("keeps a place whose address states only its country, and adds none when no country is stated", () => {
  const posting: JobPosting = { title: "Chargé·e de mission", organisation: { name: "ONG" }, contracts: [{ type: "cdd" }], location: { places: [{ address: { country: "GA" } }, {}] } };
  const back = fromSchemaOrg(toSchemaOrg(posting, { date: "2024-01-01" }).jsonLd).postings[0]!;
  expect(back.location?.places).toEqual([{ address: { country: "GA" } }]);
  const bare = fromSchemaOrg({ "@context": "https://schema.org", "@type": "JobPosting", title: "x", datePosted: "2024-01-01", hiringOrganization: { name: "ONG" }, jobLocation: { "@type": "Place", address: { "@type": "PostalAddress" } } }).postings[0];
  expect(bare?.location?.places ?? []).toEqual([]);
});
