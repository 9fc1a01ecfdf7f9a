// toSchemaOrg publishes no wrong fact (issue 15): a preferred diploma is not a required one, directApply
// means applying on the site itself, the identifier is named by its issuer, the agreement by its name,
// a 24-hour CDD is part time, a scheme's region and the applicants' countries survive.
import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/generated/types.js";
import { checkGoogleJobPosting } from "../../src/interop/checkGoogleJobPosting.js";
import { fromSchemaOrg } from "../../src/interop/fromSchemaOrg.js";
import { toSchemaOrg } from "../../src/interop/toSchemaOrg.js";

/** A centre social's posting, as an association would write it. */
const centreSocial: JobPosting = {
  title: "Référent·e famille",
  organisation: { name: "Centre social Les Amandiers" },
  contracts: [{ type: "cdd", duration: { value: 12, unit: "month" } }],
  dates: { posted: "2025-03-03" },
  location: { places: [{ address: { commune: "Paris", postalCode: "75020", country: "FR" } }] },
  content: { missions: [{ tasks: [{ text: "Animer le projet famille" }, { text: "Accompagner les parents" }] }] },
};

describe("requirements keep their strength", () => {
  const posting: JobPosting = {
    ...centreSocial,
    requirements: {
      education: [
        { level: 5, label: "DEJEPS ou BTS ESF", strength: "required" },
        { level: 6, label: "Licence en sciences de l'éducation", strength: "preferred" },
      ],
      experience: [{ years: 2, strength: "required" }, { years: 5, domain: "animation familiale", strength: "preferred" }],
      drivingLicence: { categories: ["B"], strength: "preferred" },
      languages: [{ language: "ar", strength: "preferred" }],
    },
  };
  const { jsonLd } = toSchemaOrg(posting);

  it("educationRequirements holds the required diploma only (Google reads it as required)", () => {
    expect(jsonLd.educationRequirements).toEqual({ "@type": "EducationalOccupationalCredential", credentialCategory: "associate degree", educationalLevel: "DEJEPS ou BTS ESF" });
    expect(jsonLd.experienceRequirements).toEqual({ "@type": "OccupationalExperienceRequirements", monthsOfExperience: 24 });
  });

  it("reads back each requirement with its strength", () => {
    const p = fromSchemaOrg(jsonLd).postings[0]!;
    expect(p.requirements?.education).toEqual(posting.requirements!.education);
    expect(p.requirements?.experience).toEqual(posting.requirements!.experience);
    expect(p.requirements?.drivingLicence).toEqual({ categories: ["B"], strength: "preferred" });
    expect(p.requirements?.languages).toEqual([{ language: "ar", strength: "preferred" }]);
  });
});

describe("directApply: applying on the site that publishes the posting", () => {
  const page = "https://www.amandiers.example.org/offres/referent-famille";
  const with_ = (methods: NonNullable<JobPosting["application"]>["methods"]) => toSchemaOrg({ ...centreSocial, application: { methods } }, { url: page }).jsonLd.directApply;
  it("is false for an e-mail, a phone, a letter or another site", () => {
    expect(with_([{ type: "email", address: "recrutement@amandiers.example.org" }])).toBe(false);
    expect(with_([{ type: "phone", number: "01 43 00 00 00" }])).toBe(false);
    expect(with_([{ type: "url", url: "https://www.jobboard.example.com/apply/123" }])).toBe(false);
  });
  it("is true for the site's own form, and absent when no method is given", () => {
    expect(with_([{ type: "url", url: "https://www.amandiers.example.org/postuler?offre=12" }])).toBe(true);
    expect(toSchemaOrg(centreSocial, { url: page }).jsonLd.directApply).toBeUndefined();
  });
});

it("names an identifier imported from France Travail after France Travail, not the employer", () => {
  const posting: JobPosting = { ...centreSocial, id: "187QWXT", provenance: { publisher: "France Travail", externalId: "187QWXT" } };
  expect(toSchemaOrg(posting).jsonLd.identifier).toEqual({ "@type": "PropertyValue", name: "France Travail", value: "187QWXT" });
  expect(toSchemaOrg({ ...centreSocial, id: "amandiers-2025-04" }).jsonLd.identifier).toEqual({ "@type": "PropertyValue", name: "Centre social Les Amandiers", value: "amandiers-2025-04" });
});

it("writes a description of headings and lists that its own check accepts", () => {
  const { jsonLd } = toSchemaOrg(centreSocial);
  expect(jsonLd.description).not.toMatch(/<p[\s>]/);
  expect(checkGoogleJobPosting(jsonLd)).toEqual([]);
});

it("names the collective agreement from the registry when the posting gives only its IDCC", () => {
  const { jsonLd } = toSchemaOrg({ ...centreSocial, collectiveAgreement: { idcc: "1261" } });
  expect(jsonLd.description).not.toContain("Convention collective : (IDCC");
  expect(jsonLd.description).toMatch(/Convention collective : [^(]*acteurs du lien social et familial[^(]*\(IDCC 1261\)/);
});

it("says gross once", () => {
  const { jsonLd } = toSchemaOrg({ ...centreSocial, pay: { amount: { value: 2150, currency: "EUR", basis: "gross", period: "month" } } });
  const sentence = /Rémunération[^<]*/.exec(jsonLd.description)?.[0] ?? "";
  expect(sentence.match(/brut/g)).toHaveLength(1);
});

it("marks a 24-hour CDD part time, and a 35-hour CDI full time", () => {
  expect(toSchemaOrg({ ...centreSocial, workingTime: { weeklyHours: { value: 24 } } }).jsonLd.employmentType).toEqual(["PART_TIME", "TEMPORARY"]);
  expect(toSchemaOrg({ ...centreSocial, contracts: [{ type: "cdi" }], workingTime: { weeklyHours: { value: 35 } } }).jsonLd.employmentType).toBe("FULL_TIME");
});

it("keeps a regional scheme's region through a round trip", () => {
  const posting: JobPosting = { ...centreSocial, schemes: [{ type: "emploi-tremplin", region: "11" }], dates: { posted: "2012-05-02" } };
  expect(fromSchemaOrg(toSchemaOrg(posting).jsonLd).postings[0]?.schemes).toEqual([{ type: "emploi-tremplin", name: expect.any(String), region: "11" }]);
});

it("names the countries a remote worker may live in, and France only when the posting names none", () => {
  const remote: JobPosting = { ...centreSocial, location: { remote: { policy: "full", applicantCountries: ["BE", "LU"] } } };
  expect(toSchemaOrg(remote).jsonLd.applicantLocationRequirements).toEqual([
    { "@type": "Country", name: "Belgium" },
    { "@type": "Country", name: "Luxembourg" },
  ]);
  expect(fromSchemaOrg(toSchemaOrg(remote).jsonLd).postings[0]?.location?.remote).toEqual({ policy: "full", applicantCountries: ["BE", "LU"] });
  expect(toSchemaOrg({ ...centreSocial, location: { remote: { policy: "full" } } }).jsonLd.applicantLocationRequirements).toEqual({ "@type": "Country", name: "France" });
});
