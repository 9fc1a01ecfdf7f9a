import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateJobPosting, type JobPosting } from "../src/index.js";

const dir = join(import.meta.dirname, "..", "examples");
const NAMES = ["cga-service-civique", "cga-stage-apprentissage", "la-tresse-2024", "labo-ess-2023", "metropop-emploi-tremplin", "we-co-2015"];

function load(name: string): JobPosting {
  const result = validateJobPosting(JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")), { rules: false });
  expect(result.diagnostics).toEqual([]);
  return result.posting!;
}

describe("the six seed examples", () => {
  it("are exactly the six expected files", () => {
    expect(readdirSync(dir).filter((f) => f.endsWith(".json")).sort()).toEqual(NAMES.map((n) => `${n}.json`));
  });

  for (const name of NAMES) {
    it(`${name} is structurally valid, declares the schema and is in French`, () => {
      const raw = JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8"));
      expect(raw.$schema).toBe("../schemas/job-posting.schema.json");
      expect(load(name).language).toBe("fr");
    });
  }

  it("hold no personal e-mail address of a named person", () => {
    for (const name of NAMES) {
      const text = readFileSync(join(dir, `${name}.json`), "utf8");
      expect(text).not.toMatch(/florian|laboulais/i);
      const emails = text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? [];
      for (const e of emails) expect(e).toMatch(/^(candidatures|contact|metropopassociation)@/);
    }
  });
});

describe("Le Labo de l'ESS, 2023", () => {
  const p = load("labo-ess-2023");
  it("is a 12-month CDD with prospects of perennisation", () => {
    expect(p.contracts).toHaveLength(1);
    expect(p.contracts[0]).toMatchObject({ type: "cdd", duration: { value: 12, unit: "month" }, prospects: { permanentHirePossible: true } });
    expect(p.reporting).toEqual({ reportsTo: "Responsable projets et développement", team: "équipe Projets" });
  });
  it("is classified Employé A 255 under IDCC 1518 (ÉCLAT), pay to negotiate above the grid", () => {
    expect(p.collectiveAgreement).toEqual({
      idcc: "1518",
      name: "Animation - ECLAT",
      classification: { category: "ouvrier-employe", group: "A", coefficient: 255, label: "Employé A 255" },
    });
    expect(p.pay).toMatchObject({ followsAgreement: true, negotiable: true, complementNegotiable: true });
    expect(p.pay?.amount).toBeUndefined();
  });
  it("takes applications until (excluding) 17 July 2023, starts early September 2023", () => {
    expect(p.application?.deadline).toEqual({ date: "2023-07-17", inclusive: false });
    expect(p.dates?.start?.earliest).toEqual({ date: "2023-09", part: "early" });
    expect(p.dates?.posted).toBeUndefined();
  });
  it("is in Paris 7e with 2 flexible remote days after onboarding and occasional travel", () => {
    expect(p.location?.places?.[0]?.address).toMatchObject({ postalCode: "75007", inseeCode: "75107", arrondissement: 7 });
    expect(p.location?.remote).toMatchObject({ policy: "partial", daysPerWeek: 2, flexibleDays: true, afterOnboarding: true });
    expect(p.location?.travel?.frequency).toBe("occasional");
  });
  it("offers meal vouchers, a mutuelle, and 50 % of the Navigo pass or the forfait mobilités durables", () => {
    expect(p.benefits?.map((b) => b.type)).toEqual(["titres-restaurant", "mutuelle", "transport"]);
    expect(p.benefits?.[2]).toMatchObject({ publicTransportShare: 0.5, pass: "Navigo", sustainableMobilityAllowance: true });
  });
  it("asks for a Master (level 7) and three years of experience, and has two selection steps", () => {
    expect(p.requirements?.education?.[0]).toMatchObject({ level: 7, strength: "required" });
    expect(p.requirements?.experience?.[0]).toMatchObject({ years: 3, strength: "required" });
    expect(p.application?.selection?.map((s) => s.type)).toEqual(["phone-interview", "interview"]);
    expect(p.application?.selection?.[1]?.when).toEqual({ date: "2023-07", part: "late" });
    expect(p.application?.contact?.role).toBe("Responsable projets et développement");
  });
});

describe("Métropop', emploi tremplin", () => {
  const p = load("metropop-emploi-tremplin");
  it("is a CDI under the emploi-tremplin scheme of Île-de-France", () => {
    expect(p.contracts).toEqual([{ type: "cdi" }]);
    expect(p.schemes).toEqual([expect.objectContaining({ type: "emploi-tremplin", region: "11" })]);
    expect(p.reporting?.reportsTo).toBe("délégué général");
  });
  it("pays 1 700 to 2 000 € gross a month depending on qualification", () => {
    expect(p.pay?.amount).toEqual({ min: 1700, max: 2000, currency: "EUR", basis: "gross", period: "month" });
    expect(p.pay?.dependsOn).toEqual(["qualification"]);
  });
  it("carries its three groups of eligible people exactly", () => {
    expect(p.eligibility?.anyOf.map((g) => g.allOf)).toEqual([
      [{ type: "age", min: 16, max: 25 }, { type: "education-level", min: 4 }, { type: "registered", with: ["pole-emploi", "mission-locale"] }],
      [{ type: "registered", with: ["pole-emploi"], minMonths: 12 }],
      [{ type: "disability" }, { type: "registered", with: ["pole-emploi", "mission-locale", "cap-emploi"] }],
    ]);
  });
  it("asks for Bac+2 at least, in L'Île-Saint-Denis (93)", () => {
    expect(p.requirements?.education?.[0]).toMatchObject({ level: 5, strength: "required" });
    expect(p.location?.places?.[0]?.address).toMatchObject({ departement: "93" });
  });
});

describe("La Tresse, 2024", () => {
  const p = load("la-tresse-2024");
  it("is a 4-month freelance mission against an invoice, with a proposal and a quote", () => {
    expect(p.contracts).toHaveLength(1);
    expect(p.contracts[0]).toMatchObject({ type: "freelance", invoiceRequired: true, quoteRequired: true, proposalRequired: true, duration: { value: 4, unit: "month" } });
    // "un pilote à qui vous ferez régulièrement le rapport de votre activité"
    expect(p.reporting).toMatchObject({ reportsTo: "un pilote, membre du bureau", regularReports: true });
  });
  it("has a 6 500 € budget and a separate envelope of about 1 000 € for expenses", () => {
    expect(p.pay?.amount).toEqual({ value: 6500, currency: "EUR", period: "mission" });
    expect(p.pay?.dailyRateToPropose).toBe(true);
    expect(p.pay?.expenses?.amount).toEqual({ value: 1000, approximate: true, currency: "EUR", period: "mission" });
  });
  it("was posted on 5 February 2024 with a deadline on 29 February 2024 included", () => {
    expect(p.dates?.posted).toBe("2024-02-05");
    expect(p.application?.deadline).toEqual({ date: "2024-02-29", inclusive: true });
    expect(p.dates?.start?.earliest?.date).toBe("2024-03");
    expect(p.dates?.end?.date).toBe("2024-06");
  });
  it("asks for a CV of 5 pages at most, a proposal and a quote; evenings and weekends", () => {
    expect(p.application?.documents?.map((d) => [d.type, d.maxPages])).toEqual([["cv", 5], ["proposal", undefined], ["quote", undefined]]);
    expect(p.workingTime).toMatchObject({ evenings: true, weekends: true });
    expect(p.location?.places?.[0]?.address?.departement).toBe("46");
  });
});

describe("WE-CO, 2015", () => {
  const p = load("we-co-2015");
  it("pays 3 000 € gross for the whole 3-month half-time mission of a micro-entrepreneur", () => {
    expect(p.pay?.amount).toEqual({ value: 3000, currency: "EUR", basis: "gross", period: "mission" });
    expect(p.contracts[0]).toMatchObject({ type: "freelance", status: "micro-entrepreneur", duration: { value: 3, unit: "month", extensionPossible: true } });
    expect(p.workingTime).toMatchObject({ schedule: "part-time", fraction: 0.5, selfManaged: true });
  });
  it("is hosted by Quatorze and Compagnons Bâtisseurs, having no legal structure yet", () => {
    expect(p.organisation).toMatchObject({ name: "WE-CO", legalForm: "informal" });
    expect(p.relatedOrganisations?.filter((o) => o.role === "host").map((o) => o.name)).toEqual(["Quatorze", "Compagnons Bâtisseurs"]);
  });
  it("was posted on 15 March 2015, to start as soon as possible from mid-March, the event in May or June", () => {
    expect(p.dates?.posted).toBe("2015-03-15");
    expect(p.dates?.start).toMatchObject({ asap: true, earliest: { date: "2015-03", part: "mid" } });
    expect(p.dates?.milestones?.[0]?.oneOf).toEqual([{ date: "2015-05" }, { date: "2015-06" }]);
    expect(p.location?.placeChosenByWorker).toBe(true);
    expect(p.location?.remote).toMatchObject({ policy: "partial", flexibleDays: true });
  });
});

describe("La Compagnie Générale des Autres", () => {
  it("offers a service civique, in Paris 20e with field work in Seine-Saint-Denis", () => {
    const p = load("cga-service-civique");
    expect(p.contracts).toEqual([{ type: "service-civique" }]);
    expect(p.organisation).toMatchObject({ shortName: "CGA", legalForm: "association" });
    const office = p.location?.places?.find((pl) => pl.address?.postalCode === "75020");
    expect(office?.address).toMatchObject({ street: expect.stringMatching(/24 rue de l'Est/i), inseeCode: "75120", arrondissement: 20 });
    expect(p.application?.documents?.map((d) => d.type)).toEqual(["cv", "cover-letter"]);
    const field = p.location?.places?.filter((pl) => pl.kind === "field").map((pl) => [pl.address?.commune, pl.address?.departement]);
    // "Epinay" is left without a département: the posting does not say which Épinay.
    expect(field).toEqual([["Romainville", "93"], ["Bondy", "93"], ["Epinay", undefined]]);
    expect(p.location?.travel).toEqual({ note: expect.stringContaining("amené à se déplacer sur le terrain") });
  });
  it("offers an apprenticeship or an internship, carried with GNIAC, half of it communication", () => {
    const p = load("cga-stage-apprentissage");
    expect(p.contracts.map((c) => c.type)).toEqual(["apprentissage", "stage"]);
    expect(p.relatedOrganisations).toEqual([expect.objectContaining({ name: "GNIAC", role: "co-host" })]);
    expect(p.content?.missions?.[0]?.share).toBe(0.5);
    expect(p.requirements?.education?.[0]).toMatchObject({ level: 7, strength: "required" });
    expect(p.pay).toMatchObject({ statutory: true });
  });
});
