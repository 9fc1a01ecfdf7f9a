// Imports that change no country, no strength, no meaning (issue 15), and the checker's findings that
// "no finding" cannot hide: markup shaped as real sites publish it, written for these tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkGoogleJobPosting } from "../../src/interop/checkGoogleJobPosting.js";
import { fromFranceTravail } from "../../src/interop/fromFranceTravail.js";
import { fromSchemaOrg } from "../../src/interop/fromSchemaOrg.js";
import { toSchemaOrg } from "../../src/interop/toSchemaOrg.js";

const ld = (extra: Record<string, unknown>) => ({
  "@context": "https://schema.org",
  "@type": "JobPosting",
  title: "Chargé·e de projets solidarité internationale",
  description: "<p>Suivre les projets avec nos partenaires.</p>",
  datePosted: "2025-02-10",
  hiringOrganization: { "@type": "Organization", name: "ONG Terres Partagées" },
  employmentType: "FULL_TIME",
  ...extra,
});
const codes = (r: { diagnostics: { code: string; severity: string }[] }) => r.diagnostics.map((d) => `${d.severity} ${d.code}`);

describe("a posting abroad keeps its country, or is refused", () => {
  it("reads a country written in its own language", () => {
    const r = fromSchemaOrg(ld({ jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Hà Nội", addressCountry: "Việt Nam" } } }));
    expect(r.postings[0]?.location?.places?.[0]?.address).toEqual({ commune: "Hà Nội", country: "VN" });
  });
  it("refuses a country it cannot read, with an error saying why", () => {
    const r = fromSchemaOrg(ld({ jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Ouagadougou", addressCountry: "Haute-Volta" } } }));
    expect(r.postings).toEqual([]);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: "interop/unknown-country", severity: "error", path: ["jobLocation", "address", "addressCountry"] }));
  });
  it("keeps the countries a remote worker must live in", () => {
    const r = fromSchemaOrg(ld({ jobLocationType: "TELECOMMUTE", applicantLocationRequirements: [{ "@type": "Country", name: "USA" }, { "@type": "Country", name: "Canada" }] }));
    expect(r.postings[0]?.location?.remote).toEqual({ policy: "full", applicantCountries: ["US", "CA"] });
    expect(toSchemaOrg(r.postings[0]!).jsonLd.applicantLocationRequirements).toEqual([
      { "@type": "Country", name: "United States" },
      { "@type": "Country", name: "Canada" },
    ]);
  });
  it("refuses a remote area that is no country (a state), rather than making it France", () => {
    const r = fromSchemaOrg(ld({ jobLocationType: "TELECOMMUTE", applicantLocationRequirements: { "@type": "State", name: "Californie" } }));
    expect(r.postings).toEqual([]);
    expect(codes(r)).toContain("error interop/unknown-country");
  });
  it("France Travail: an offer in Belgium is in Belgium", () => {
    const r = fromFranceTravail({ id: "188ABCD", intitule: "Éducateur spécialisé (H/F)", typeContrat: "CDI", entreprise: { nom: "ASBL LES GLYCINES" }, lieuTravail: { libelle: "99 - Belgique" } });
    expect(r.posting?.location?.places).toEqual([{ address: { country: "BE" } }]);
  });
});

describe("real-world shapes", () => {
  it("employmentType joined with commas or slashes", () => {
    const r = fromSchemaOrg(ld({ employmentType: "Full Time , Onsite" }));
    expect(r.postings[0]?.workingTime?.schedule).toBe("full-time");
    expect(r.postings[0]?.contracts).toEqual([{ type: "cdi" }]);
    expect(fromSchemaOrg(ld({ employmentType: "CDD / Temps partiel" })).postings[0]).toMatchObject({ contracts: [{ type: "cdd" }], workingTime: { schedule: "part-time" } });
  });
  it("an HTML-escaped description", () => {
    const r = fromSchemaOrg(ld({ description: "&lt;p&gt;Vos missions&amp;nbsp;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;suivre les projets&lt;/li&gt;&lt;li&gt;rendre compte&lt;/li&gt;&lt;/ul&gt;" }));
    expect(r.postings[0]?.content?.sections?.[0]?.text).toBe("Vos missions :\n\n- suivre les projets\n- rendre compte");
  });
  it("a relative url, resolved against baseUrl, or reported", () => {
    const input = ld({ url: "/offres/1234-charge-de-projets", directApply: true });
    const resolved = fromSchemaOrg(input, { baseUrl: "https://www.terres-partagees.example.org/recrutement" });
    expect(resolved.postings[0]?.provenance?.sourceUrl).toBe("https://www.terres-partagees.example.org/offres/1234-charge-de-projets");
    const unresolved = fromSchemaOrg(input);
    expect(unresolved.postings[0]?.provenance).toBeUndefined();
    expect(unresolved.diagnostics).toContainEqual(expect.objectContaining({ code: "interop/unknown-value", severity: "warning", path: ["url"] }));
  });
});

describe("France Travail: preferred stays preferred", () => {
  const offer = {
    id: "187RSTU",
    intitule: "Chauffeur livreur (H/F)",
    typeContrat: "CDD",
    typeContratLibelle: "CDD - 6 Mois",
    natureContrat: "Insertion par l'activ.éco.",
    entreprise: { nom: "RESSOURCERIE DU PAYS" },
    lieuTravail: { libelle: "35 - RENNES", commune: "35238", codePostal: "35000" },
    permis: [{ libelle: "B - Véhicule léger", exigence: "E" }, { libelle: "C - Poids lourd", exigence: "S" }],
    formations: [{ niveauLibelle: "CAP, BEP et équivalents", exigence: "S" }],
    salaire: { libelle: "Horaire de 11.88 Euros sur 12.0 mois" },
  };
  const r = fromFranceTravail(offer);
  it("a preferred licence next to a required one is not required", () => {
    expect(r.posting?.requirements?.drivingLicence).toEqual({ categories: ["B"], strength: "required" });
    expect(r.posting?.requirements?.skills).toContainEqual(expect.objectContaining({ label: "Permis C", strength: "preferred" }));
  });
  it("a preferred diploma is no educationRequirements in the JSON-LD", () => {
    expect(r.posting?.requirements?.education).toEqual([expect.objectContaining({ level: 3, strength: "preferred" })]);
    expect(toSchemaOrg(r.posting!).jsonLd.educationRequirements).toBeUndefined();
  });
  it("reports the months of an hourly rate it does not keep", () => {
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: "interop/unmapped", path: ["salaire", "libelle"] }));
  });
});

describe("checkGoogleJobPosting: no finding only when Google's requirements are met", () => {
  const valid = toSchemaOrg(
    { title: "Animateur·rice", organisation: { name: "MJC" }, contracts: [{ type: "cdi" }], dates: { posted: "2025-02-10" }, location: { places: [{ address: { commune: "Brest", postalCode: "29200", country: "FR" } }] } },
    {},
  ).jsonLd;
  it("an empty array, or a @graph without a JobPosting, is an error", () => {
    expect(codes({ diagnostics: checkGoogleJobPosting([]) })).toEqual(["error google/not-job-posting"]);
    expect(codes({ diagnostics: checkGoogleJobPosting({ "@context": "https://schema.org", "@graph": [{ "@type": "WebPage", name: "Offre" }] }) })).toEqual(["error google/not-job-posting"]);
  });
  it("accepts an array @context holding schema.org", () => {
    expect(checkGoogleJobPosting({ ...valid, "@context": ["https://schema.org", { "@language": "fr" }] })).toEqual([]);
  });
  it("reads a midnight validThrough as fromSchemaOrg does: the day before is the last", () => {
    const atMidnight = { ...valid, validThrough: "2025-03-01T00:00:00+01:00" };
    expect(fromSchemaOrg(atMidnight).postings[0]?.application?.deadline).toEqual({ date: "2025-03-01", inclusive: false });
    expect(codes({ diagnostics: checkGoogleJobPosting(atMidnight, { date: "2025-03-01" }) })).toEqual(["error google/expired"]);
    expect(checkGoogleJobPosting(atMidnight, { date: "2025-02-28" })).toEqual([]);
    // 23:30 UTC on 28 February is already 1 March in Paris.
    expect(checkGoogleJobPosting({ ...valid, validThrough: "2025-02-28T23:30:00Z" }, { date: "2025-03-01" })).toEqual([]);
  });
  it("directApply true needs the page's address", () => {
    const { url: _url, ...noUrl } = { ...valid, url: undefined };
    expect(codes({ diagnostics: checkGoogleJobPosting({ ...noUrl, directApply: true }) })).toEqual(["warning google/invalid-direct-apply"]);
  });
});
