import { describe, expect, it } from "vitest";
import { fromSchemaOrg } from "../../src/interop/fromSchemaOrg.js";
import { validateJobPosting } from "../../src/validate/validateJobPosting.js";

const node = {
  "@context": "https://schema.org",
  "@type": "JobPosting",
  title: "Coordinateur·rice",
  description: "<p>Coordonner l'équipe &amp; les bénévoles.</p><ul><li>Accueil<ul><li>du public</li></ul></li></ul>",
  datePosted: "2024-05-02",
  hiringOrganization: { "@type": "Organization", name: "Association Les Amis", sameAs: "https://lesamis.example.org" },
  employmentType: "FULL_TIME",
  jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Lyon", postalCode: "69003", addressCountry: "FR" } },
};
const codes = (r: { diagnostics: { code: string }[] }) => r.diagnostics.map((d) => d.code);

describe("fromSchemaOrg: the shapes sites publish", () => {
  it("a plain JobPosting; HTML description kept as text", () => {
    const r = fromSchemaOrg(node);
    expect(r.postings).toHaveLength(1);
    const p = r.postings[0]!;
    expect(p.title).toBe("Coordinateur·rice");
    expect(p.organisation).toEqual({ name: "Association Les Amis", website: "https://lesamis.example.org" });
    expect(p.contracts).toEqual([{ type: "cdi" }]);
    expect(p.workingTime).toEqual({ schedule: "full-time" });
    expect(p.location?.places).toEqual([{ address: { commune: "Lyon", postalCode: "69003", country: "FR" } }]);
    expect(p.dates).toEqual({ posted: "2024-05-02" });
    expect(p.content?.sections?.[0]?.text).toBe("Coordonner l'équipe & les bénévoles.\n\n- Accueil\n  - du public");
    expect(codes(r)).toEqual(["interop/assumed"]);
    expect(validateJobPosting(p, { rules: false }).valid).toBe(true);
  });
  it("hiringOrganization as a string, jobLocation as an array and as a string, lowercase employmentType array", () => {
    const r = fromSchemaOrg({ ...node, hiringOrganization: "MJC", employmentType: ["temporary", "part-time"], jobLocation: ["75011 Paris", { "@type": "Place", address: "Bondy" }] });
    const p = r.postings[0]!;
    expect(p.organisation.name).toBe("MJC");
    expect(p.contracts).toEqual([{ type: "cdd" }]);
    expect(p.workingTime?.schedule).toBe("part-time");
    expect(p.location?.places?.map((x) => x.address)).toEqual([
      { postalCode: "75011", commune: "Paris", country: "FR" },
      { commune: "Bondy", country: "FR" },
    ]);
    expect(r.diagnostics.filter((d) => d.code === "interop/assumed").map((d) => d.path)).toEqual([["employmentType", 0], ["jobLocation", 0], ["jobLocation", 1, "address"]]);
  });
  it("baseSalary as a number, or with value as a string", () => {
    const a = fromSchemaOrg({ ...node, baseSalary: { "@type": "MonetaryAmount", currency: "EUR", value: { "@type": "QuantitativeValue", value: "2 100,50", unitText: "month" } } });
    expect(a.postings[0]?.pay?.amount).toEqual({ value: 2100.5, currency: "EUR", period: "month" });
    const b = fromSchemaOrg({ ...node, baseSalary: 24000 });
    expect(b.postings[0]?.pay).toBeUndefined();
    expect(b.diagnostics.find((d) => d.code === "interop/unknown-value")?.path).toEqual(["baseSalary", "unitText"]);
    const c = fromSchemaOrg({ ...node, baseSalary: { "@type": "MonetaryAmount", currency: "USD", value: { "@type": "QuantitativeValue", value: 50000, unitText: "YEAR" } } });
    expect(c.postings[0]?.pay).toBeUndefined();
    expect(codes(c)).toContain("interop/unknown-value");
  });
  it("a @graph, an array, a JSON string and an HTML page", () => {
    expect(fromSchemaOrg({ "@context": "https://schema.org", "@graph": [{ "@type": "WebPage" }, node, { ...node, title: "Deux" }] }).postings.map((p) => p.title)).toEqual(["Coordinateur·rice", "Deux"]);
    expect(fromSchemaOrg([node, node]).postings).toHaveLength(2);
    expect(fromSchemaOrg(JSON.stringify(node)).postings).toHaveLength(1);
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(node)}</script></head><body></body></html>`;
    expect(fromSchemaOrg(html).postings[0]?.title).toBe("Coordinateur·rice");
  });
  it("the deadline: validThrough at midnight is exclusive, otherwise the day is included (in Paris time)", () => {
    expect(fromSchemaOrg({ ...node, validThrough: "2024-03-18T00:00" }).postings[0]?.application?.deadline).toEqual({ date: "2024-03-18", inclusive: false });
    expect(fromSchemaOrg({ ...node, validThrough: "2024-03-17T23:30:00Z" }).postings[0]?.application?.deadline).toEqual({ date: "2024-03-18", inclusive: true });
    expect(fromSchemaOrg({ ...node, validThrough: "2024-03-18" }).postings[0]?.application?.deadline).toEqual({ date: "2024-03-18", inclusive: true });
  });
  it("education and experience requirements", () => {
    const p = fromSchemaOrg({ ...node, educationRequirements: { "@type": "EducationalOccupationalCredential", credentialCategory: "bachelor degree" }, experienceRequirements: { "@type": "OccupationalExperienceRequirements", monthsOfExperience: "36" } }).postings[0]!;
    expect(p.requirements).toEqual({ education: [{ level: 6, label: "bachelor degree", strength: "required" }], experience: [{ years: 3, strength: "required" }] });
  });
});

describe("fromSchemaOrg: what cannot be imported is reported", () => {
  it("unmapped properties, with their JSON path", () => {
    const r = fromSchemaOrg({ "@graph": [{ ...node, industry: "Social", hiringOrganization: { ...node.hiringOrganization, logo: "https://x.example.org/l.png" } }] });
    expect(r.diagnostics.filter((d) => d.code === "interop/unmapped").map((d) => d.path)).toEqual([["@graph", 0, "hiringOrganization", "logo"], ["@graph", 0, "industry"]]);
  });
  it("a posting without a contract type is not imported, unless a default is given", () => {
    const { employmentType: _, ...bare } = node;
    const r = fromSchemaOrg(bare, { locale: "en" });
    expect(r.postings).toEqual([]);
    expect(r.diagnostics.at(-1)?.message).toBe("Posting not imported: employmentType missing or unreadable (the defaultContractType option lets you assume a contract).");
    expect(fromSchemaOrg(bare, { defaultContractType: "cdd" }).postings[0]?.contracts).toEqual([{ type: "cdd" }]);
  });
  it("a value the schema refuses is dropped with a warning, not the posting", () => {
    const r = fromSchemaOrg({ ...node, hiringOrganization: { "@type": "Organization", name: "X", identifier: { "@type": "PropertyValue", propertyID: "SIREN", value: "123456789" } } });
    expect(r.postings[0]?.organisation).toEqual({ name: "X" });
    expect(r.diagnostics.find((d) => d.code === "interop/invalid-value")?.path).toEqual(["organisation", "identifiers", "siren"]);
  });
  it("never throws: invalid JSON, no JobPosting, hostile values", () => {
    expect(codes(fromSchemaOrg("{ pas du json"))).toEqual(["interop/invalid-json"]);
    expect(codes(fromSchemaOrg({ "@type": "Organization" }))).toEqual(["interop/no-job-posting"]);
    expect(codes(fromSchemaOrg(undefined))).toEqual(["interop/no-job-posting"]);
    const cyclic: Record<string, unknown> = { ...node };
    cyclic.self = cyclic;
    expect(fromSchemaOrg(cyclic).postings).toHaveLength(1);
    expect(fromSchemaOrg({ ...node, title: 42, hiringOrganization: [null], jobLocation: [1, null, { address: { addressCountry: { name: "France" } } }] }).postings).toEqual([]);
  });
});
