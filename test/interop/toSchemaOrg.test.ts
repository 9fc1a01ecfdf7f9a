import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Contract, JobPosting } from "../../src/generated/types.js";
import { endOfDayInParis } from "../../src/interop/endOfDayInParis.js";
import { ESS_JOBS_PROPERTY_IDS } from "../../src/interop/ESS_JOBS_PROPERTY_IDS.js";
import { toSchemaOrg } from "../../src/interop/toSchemaOrg.js";

const example = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "examples", `${name}.json`), "utf8")) as JobPosting;
const base: JobPosting = {
  title: "Animateur·rice",
  organisation: { name: "MJC des Lilas" },
  contracts: [{ type: "cdi" }],
  dates: { posted: "2024-05-02" },
  location: { places: [{ address: { commune: "Les Lilas", postalCode: "93260", country: "FR" } }] },
};
const props = (ld: { additionalProperty?: unknown[] }, id: string) => (ld.additionalProperty ?? []).filter((p) => (p as { propertyID: string }).propertyID === id).map((p) => (p as { value?: unknown }).value);

describe("validThrough: the last moment to apply, in Paris time", () => {
  it("an exclusive deadline ('avant le 17 juillet 2023') ends the day before, at 23:59:59 summer time", () => {
    expect(toSchemaOrg(example("labo-ess-2023")).jsonLd.validThrough).toBe("2023-07-16T23:59:59+02:00");
  });
  it("an inclusive deadline ('date limite : 29 février 2024') ends that day, at 23:59:59 winter time", () => {
    expect(toSchemaOrg(example("la-tresse-2024")).jsonLd.validThrough).toBe("2024-02-29T23:59:59+01:00");
  });
  it("follows the change of time on the last Sundays of March and October", () => {
    expect(endOfDayInParis("2024-03-30")).toBe("2024-03-30T23:59:59+01:00");
    expect(endOfDayInParis("2024-03-31")).toBe("2024-03-31T23:59:59+02:00");
    expect(endOfDayInParis("2024-10-26")).toBe("2024-10-26T23:59:59+02:00");
    expect(endOfDayInParis("2024-10-27")).toBe("2024-10-27T23:59:59+01:00");
    expect(endOfDayInParis("2023-03-26")).toBe("2023-03-26T23:59:59+02:00");
  });
  it("warns when the deadline is past on the date given", () => {
    const { diagnostics } = toSchemaOrg({ ...base, application: { deadline: { date: "2024-05-10", inclusive: true } } }, { date: "2024-06-01" });
    expect(diagnostics.find((d) => d.code === "interop/expired")?.severity).toBe("warning");
  });
});

describe("employmentType", () => {
  const types = (contracts: Contract[], extra: Partial<JobPosting> = {}) => toSchemaOrg({ ...base, ...extra, contracts }).jsonLd.employmentType;
  it("maps each contract", () => {
    expect(types([{ type: "cdi" }], { workingTime: { schedule: "full-time" } })).toBe("FULL_TIME");
    expect(types([{ type: "cdi" }], { workingTime: { fraction: 0.8 } })).toBe("PART_TIME");
    expect(types([{ type: "cdd" }])).toBe("TEMPORARY");
    expect(types([{ type: "insertion", form: "cddi" }])).toBe("TEMPORARY");
    expect(types([{ type: "apprentissage" }])).toBe("TEMPORARY");
    expect(types([{ type: "professionnalisation" }])).toBe("TEMPORARY");
    expect(types([{ type: "stage" }])).toBe("INTERN");
    expect(types([{ type: "service-civique" }])).toBe("VOLUNTEER");
    expect(types([{ type: "freelance" }])).toBe("CONTRACTOR");
    expect(types([{ type: "benevolat" }])).toBe("VOLUNTEER");
  });
  it("gives an array for alternatives, with the working time first", () => {
    expect(types([{ type: "apprentissage" }, { type: "stage" }])).toEqual(["TEMPORARY", "INTERN"]);
    expect(types([{ type: "cdd" }], { workingTime: { schedule: "part-time" } })).toEqual(["PART_TIME", "TEMPORARY"]);
  });
  it("says nothing for a CDI whose working time is not stated, rather than guess FULL_TIME", () => {
    const { jsonLd, diagnostics } = toSchemaOrg(base);
    expect(jsonLd.employmentType).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(["interop/employment-type-unknown"]);
    expect(props(jsonLd, ESS_JOBS_PROPERTY_IDS.contractType)).toEqual(["cdi"]);
  });
});

describe("baseSalary", () => {
  it("a monthly gross range (Métropop')", () => {
    const { jsonLd } = toSchemaOrg(example("metropop-emploi-tremplin"));
    expect(jsonLd.baseSalary).toEqual({ "@type": "MonetaryAmount", currency: "EUR", value: { "@type": "QuantitativeValue", unitText: "MONTH", minValue: 1700, maxValue: 2000 } });
    expect(props(jsonLd, ESS_JOBS_PROPERTY_IDS.payBasis)).toEqual(["gross"]);
  });
  it("an amount for the whole mission has no unitText: additionalProperty instead (WE-CO, 3 000 € brut)", () => {
    const { jsonLd, diagnostics } = toSchemaOrg(example("we-co-2015"));
    expect(jsonLd.baseSalary).toBeUndefined();
    expect(props(jsonLd, ESS_JOBS_PROPERTY_IDS.payPerMission)).toEqual([3000]);
    expect(diagnostics.map((d) => d.code)).toContain("interop/pay-per-mission");
    expect(jsonLd.description).toContain("3000€ bruts pour l'ensemble de la mission");
  });
  it("an hourly amount", () => {
    const { jsonLd } = toSchemaOrg({ ...base, pay: { amount: { value: 11.88, currency: "EUR", period: "hour" } } });
    expect(jsonLd.baseSalary).toEqual({ "@type": "MonetaryAmount", currency: "EUR", value: { "@type": "QuantitativeValue", unitText: "HOUR", value: 11.88 } });
  });
});

describe("what schema.org cannot say goes into additionalProperty and the description", () => {
  const { jsonLd } = toSchemaOrg(example("labo-ess-2023"));
  it("the agreement and classification (Labo de l'ESS: ÉCLAT, Employé A 255)", () => {
    expect(props(jsonLd, "ess-jobs:idcc")).toEqual(["1518"]);
    expect(props(jsonLd, "ess-jobs:classification")).toEqual(["Employé A 255"]);
    expect(props(jsonLd, "ess-jobs:classificationGroup")).toEqual(["A"]);
    expect(props(jsonLd, "ess-jobs:classificationCoefficient")).toEqual([255]);
    expect(jsonLd.description).toContain("Convention collective : Animation - ECLAT (IDCC 1518) ; classification : Employé A 255 (groupe A, coefficient 255).");
  });
  it("hybrid remote work (2 days a week, after onboarding)", () => {
    expect(props(jsonLd, "ess-jobs:remotePolicy")).toEqual(["partial"]);
    expect(props(jsonLd, "ess-jobs:remoteDaysPerWeek")).toEqual([2]);
    expect(jsonLd.jobLocationType).toBeUndefined();
    expect(jsonLd.description).toContain("Télétravail partiel possible : jusqu'à 2 jours par semaine, jours flexibles, à l'issue de l'intégration.");
  });
  it("the reporting line", () => expect(props(jsonLd, "ess-jobs:reportsTo")).toEqual(["Responsable projets et développement"]));
  it("the scheme and eligible groups (Métropop', emploi tremplin)", () => {
    const m = toSchemaOrg(example("metropop-emploi-tremplin")).jsonLd;
    expect(props(m, "ess-jobs:scheme")).toEqual(["emploi-tremplin"]);
    expect(props(m, "ess-jobs:eligibility")).toHaveLength(3);
    expect(m.description).toContain("<h3>Qui peut postuler</h3>");
  });
  it("the expenses envelope (La Tresse, about 1 000 €)", () => {
    const t = toSchemaOrg(example("la-tresse-2024")).jsonLd;
    expect(props(t, "ess-jobs:expenses")).toEqual([1000]);
    expect(props(t, "ess-jobs:payPerMission")).toEqual([6500]);
  });
  it("the INSEE code and département sit on the Place", () => {
    expect(jsonLd.jobLocation).toMatchObject({ address: { addressLocality: "Paris", postalCode: "75007", addressRegion: "Île-de-France", addressCountry: "FR" }, additionalProperty: [{ propertyID: "ess-jobs:inseeCode", value: "75107" }, { propertyID: "ess-jobs:departement", value: "75" }] });
  });
  it("education and experience (beta properties)", () => {
    expect(jsonLd.educationRequirements).toEqual({ "@type": "EducationalOccupationalCredential", credentialCategory: "postgraduate degree", educationalLevel: "Formation Master II" });
    expect(jsonLd.experienceRequirements).toEqual({ "@type": "OccupationalExperienceRequirements", monthsOfExperience: 36 });
  });
});

describe("the description", () => {
  it("is HTML, with every piece of text escaped and missions as nested lists", () => {
    const { jsonLd } = toSchemaOrg({ ...base, title: "A", content: { summary: "<script>alert(1)</script> & co", missions: [{ title: "Accueil", tasks: [{ text: "Public", subtasks: [{ text: "enfants < 6 ans" }] }] }] } });
    const html = jsonLd.description as string;
    expect(html).toContain("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>");
    expect(html).toContain("<ul><li>Public<ul><li>enfants &lt; 6 ans</li></ul></li></ul>");
    expect(html).not.toContain("<script>");
  });
  it("writes its sentences in English with locale en", () => {
    const { jsonLd, diagnostics } = toSchemaOrg({ ...base, dates: undefined }, { locale: "en" });
    expect(jsonLd.description).toContain("<li>Contract: permanent contract (CDI).</li>");
    expect(diagnostics[0]).toEqual({ code: "interop/missing-date-posted", severity: "error", path: ["dates", "posted"], message: "The posting is not dated: Google for Jobs requires datePosted. Fill in dates.posted or the date option." });
  });
});

describe("Google-required properties the posting lacks", () => {
  it("no date: an error, and the date option fills datePosted", () => {
    expect(toSchemaOrg(example("labo-ess-2023")).diagnostics.map((d) => [d.code, d.severity])).toEqual([["interop/missing-date-posted", "error"]]);
    const withDate = toSchemaOrg(example("labo-ess-2023"), { date: "2023-06-20" });
    expect(withDate.jsonLd.datePosted).toBe("2023-06-20");
    expect(withDate.diagnostics.map((d) => d.code)).toEqual(["interop/date-posted-from-option"]);
  });
  it("no place with an address: an error, unless fully remote (TELECOMMUTE, France)", () => {
    const none = toSchemaOrg({ ...base, location: { places: [{ kind: "home" }] } });
    expect(none.diagnostics.map((d) => d.code)).toContain("interop/missing-job-location");
    const remote = toSchemaOrg({ ...base, location: { remote: { policy: "full" } } });
    expect(remote.jsonLd.jobLocationType).toBe("TELECOMMUTE");
    expect(remote.jsonLd.applicantLocationRequirements).toEqual({ "@type": "Country", name: "France" });
    expect(remote.diagnostics.map((d) => d.code)).not.toContain("interop/missing-job-location");
  });
  it("never throws on a value that is not a posting", () => {
    expect(toSchemaOrg(null as unknown as JobPosting).diagnostics[0]?.code).toBe("interop/invalid-posting");
  });
});

describe("other recommended properties", () => {
  it("identifier, url, logo, directApply", () => {
    const { jsonLd } = toSchemaOrg({ ...base, id: "mjc-2024-07", application: { methods: [{ type: "url", url: "https://mjc.example.org/postuler" }] } }, { url: "https://mjc.example.org/offres/7", logo: "https://mjc.example.org/logo.png", identifierName: "MJC" });
    expect(jsonLd.identifier).toEqual({ "@type": "PropertyValue", name: "MJC", value: "mjc-2024-07" });
    expect(jsonLd.url).toBe("https://mjc.example.org/offres/7");
    expect(jsonLd.hiringOrganization).toMatchObject({ logo: "https://mjc.example.org/logo.png" });
    expect(jsonLd.directApply).toBe(true);
  });
});
