// The JSON-LD shapes of test/fixtures/schema-org-shapes (written for these tests, see its README):
// what each import keeps, and each loss with its diagnostic. No silent loss, no changed country,
// strength or amount. Expectations are read from the markup.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromSchemaOrg } from "../../src/interop/fromSchemaOrg.js";

const dir = join(import.meta.dirname, "..", "fixtures", "schema-org-shapes");
const read = (file: string) => {
  const raw = readFileSync(join(dir, file), "utf8");
  return file.endsWith(".json") ? (JSON.parse(raw) as unknown) : raw;
};
const losses = (r: ReturnType<typeof fromSchemaOrg>) => r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path.join(".")}`);
const place = (commune: string, postalCode: string | undefined, country: string) => ({ address: { ...(postalCode ? { postalCode } : {}), commune, country } });

describe("01 @graph in a page", () => {
  const r = fromSchemaOrg(read("01-graph-webpage.html"));
  it("keeps", () => {
    expect(r.postings[0]).toMatchObject({
      title: "Animateur·rice jeunesse (H/F)",
      organisation: { name: "MJC de l'Exemple", website: "https://www.mjc-exemple.org" },
      contracts: [{ type: "cdd" }],
      workingTime: { schedule: "full-time" },
      pay: { amount: { value: 1950, currency: "EUR", period: "month" } },
      location: { places: [{ address: { street: "12 rue des Écoles", postalCode: "35000", commune: "Rennes", country: "FR" } }] },
      dates: { posted: "2025-01-14" },
      application: { deadline: { date: "2025-02-15", inclusive: false } }, // midnight: the 14th is the last day
    });
  });
  it("loses", () => expect(losses(r)).toEqual(["info interop/assumed 0.@graph.1.employmentType.1"])); // TEMPORARY read as a CDD
});

describe("02 ItemList, relative urls", () => {
  it("resolves the urls against baseUrl and keeps both postings", () => {
    const r = fromSchemaOrg(read("02-itemlist-relative-urls.html"), { baseUrl: "https://www.jardins-exemple.org/recrutement" });
    expect(r.postings.map((p) => [p.contracts[0]?.type, p.provenance?.sourceUrl, p.location?.places?.[0]])).toEqual([
      ["cdi", "https://www.jardins-exemple.org/offres/4512", place("Lille", "59000", "FR")],
      ["cdd", "https://www.jardins-exemple.org/offres/4513", place("Lille", "59000", "FR")],
    ]);
    expect(losses(r)).toEqual([
      "info interop/assumed 0.itemListElement.0.item.jobLocation.address.addressCountry",
      "info interop/assumed 0.itemListElement.0.item.url",
      "info interop/assumed 0.itemListElement.1.item.jobLocation.address.addressCountry",
      "info interop/assumed 0.itemListElement.1.item.url",
    ]);
  });
  it("without baseUrl, reports each url it cannot keep", () => {
    expect(losses(fromSchemaOrg(read("02-itemlist-relative-urls.html"))).filter((l) => l.includes("url"))).toEqual([
      "warning interop/unknown-value 0.itemListElement.0.item.url",
      "warning interop/unknown-value 0.itemListElement.1.item.url",
    ]);
  });
});

describe("03 comma-joined employmentType", () => {
  const r = fromSchemaOrg(read("03-comma-joined-types.json"));
  it("keeps", () =>
    expect(r.postings[0]).toMatchObject({ contracts: [{ type: "cdi" }], workingTime: { schedule: "full-time" }, pay: { amount: { min: 28000, max: 32000, period: "year" } }, location: { places: [place("Bordeaux", "33000", "FR")] } }));
  it("loses", () => expect(losses(r)).toEqual(["info interop/unmapped employmentType", "info interop/assumed employmentType"])); // "Onsite"; CDI from FULL_TIME alone
});

describe("04 slash-joined French words, strings everywhere", () => {
  const r = fromSchemaOrg(read("04-slash-joined-french.json"));
  it("keeps", () =>
    expect(r.postings[0]).toMatchObject({ contracts: [{ type: "cdi" }], workingTime: { schedule: "full-time" }, organisation: { name: "Association Sauvegarde de l'Enfance" }, location: { places: [place("Lyon", "69003", "FR")] }, dates: { posted: "2025-02-20" } }));
  it("loses the amount with no period, with a warning, rather than guess one", () => {
    expect(r.postings[0]?.pay).toBeUndefined();
    expect(losses(r)).toEqual(["warning interop/unknown-value baseSalary.unitText", "info interop/assumed jobLocation"]);
  });
});

describe("05 escaped HTML and entities", () => {
  const r = fromSchemaOrg(read("05-escaped-html-entities.json"));
  it("keeps the text, decoded", () => {
    expect(r.postings[0]?.title).toBe("Chargé·e de communication");
    expect(r.postings[0]?.content?.sections?.[0]?.text).toBe("L'association recrute un·e chargé·e de communication.\n\n- Réseaux sociaux");
    expect(r.postings[0]).toMatchObject({ workingTime: { schedule: "part-time", label: "28 h par semaine" }, location: { places: [place("Paris", "75011", "FR")] }, dates: { posted: "2025-05-06" } });
  });
  it("loses", () => expect(losses(r)).toEqual(["info interop/assumed employmentType"]));
});

describe("06 places as an array, requirements", () => {
  const r = fromSchemaOrg(read("06-location-array-number-salary.json"));
  it("keeps", () =>
    expect(r.postings[0]).toMatchObject({
      contracts: [{ type: "cdd", duration: { value: 9, unit: "month" } }],
      pay: { amount: { value: 2050, period: "month" } },
      location: { places: [place("Arcachon", "33120", "FR"), place("Biganos", "33380", "FR")] },
      application: { deadline: { date: "2025-06-30", inclusive: true } },
      requirements: { education: [{ level: 5, strength: "required" }], experience: [{ years: 2, strength: "required" }] },
    }));
  it("loses", () => expect(losses(r)).toEqual(["info interop/assumed employmentType"]));
});

describe("07 fully remote, applicants abroad", () => {
  const r = fromSchemaOrg(read("07-remote-abroad.json"));
  it("keeps the countries", () => expect(r.postings[0]?.location).toEqual({ remote: { policy: "full", applicantCountries: ["SN", "CI"] } }));
  it("loses nothing", () => expect(losses(r)).toEqual([]));
});

describe("08 a place abroad", () => {
  const r = fromSchemaOrg(read("08-abroad-native-name.json"));
  it("keeps its country", () => expect(r.postings[0]?.location?.places).toEqual([{ address: { commune: "Hà Nội", country: "VN" } }]));
  it("loses", () =>
    expect(losses(r)).toEqual(["info interop/unmapped hiringOrganization.logo", "info interop/assumed employmentType", "info interop/unmapped jobLocation.geo", "info interop/unmapped industry"]));
});

describe("09 a remote area that is no country", () => {
  const r = fromSchemaOrg(read("09-unknown-area.json"));
  it("is refused with an error, not made French", () => {
    expect(r.postings).toEqual([]);
    expect(losses(r)).toEqual(["info interop/assumed employmentType", "error interop/unknown-country applicantLocationRequirements"]);
  });
});

describe("10 volunteering, a comma decimal", () => {
  const r = fromSchemaOrg(read("10-volunteer-identifier-string-date.json"));
  it("keeps", () =>
    expect(r.postings[0]).toMatchObject({
      contracts: [{ type: "benevolat" }],
      id: "SC-2025-118",
      pay: { amount: { value: 627.3, currency: "EUR", period: "month" } },
      application: { deadline: { date: "2025-09-30", inclusive: true } },
      benefits: [{ type: "other", label: "Carte de transport" }, { type: "other", label: "Formation civique et citoyenne" }],
    }));
  it("loses: VOLUNTEER may be a service civique, said as assumed", () => expect(losses(r)).toEqual(["info interop/assumed employmentType"]));
});
