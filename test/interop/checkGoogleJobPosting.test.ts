import { describe, expect, it } from "vitest";
import { checkGoogleJobPosting } from "../../src/interop/checkGoogleJobPosting.js";

const valid = {
  "@context": "https://schema.org",
  "@type": "JobPosting",
  title: "Animateur",
  description: "<p>Animer des ateliers.</p>",
  datePosted: "2024-05-02",
  hiringOrganization: { "@type": "Organization", name: "MJC" },
  jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Les Lilas", addressCountry: "FR" } },
};
const codes = (v: unknown, options = {}) => checkGoogleJobPosting(v, options).map((d) => d.code);

describe("checkGoogleJobPosting: Google for Jobs' requirements", () => {
  it("accepts a posting with the five required properties", () => expect(codes(valid)).toEqual([]));
  it("reports each missing required property as an error", () => {
    const d = checkGoogleJobPosting({ "@context": "https://schema.org", "@type": "JobPosting" }, { locale: "en" });
    expect(d.map((x) => [x.code, x.severity])).toEqual([
      ["google/missing-title", "error"],
      ["google/missing-description", "error"],
      ["google/missing-date-posted", "error"],
      ["google/missing-hiring-organization", "error"],
      ["google/missing-job-location", "error"],
    ]);
    expect(d[0]?.message).toBe("title is required: the job title.");
  });
  it("description: HTML with paragraph breaks, not the title", () => {
    expect(codes({ ...valid, description: "Animer des ateliers." })).toEqual(["google/description-not-html"]);
    expect(codes({ ...valid, description: "Animateur\n" })).toEqual(["google/description-equals-title"]);
  });
  it("dates in ISO 8601; an expired posting when a date is given", () => {
    expect(codes({ ...valid, datePosted: "2 mai 2024" })).toEqual(["google/invalid-date"]);
    expect(codes({ ...valid, validThrough: "2024-05-31T23:59:59+02:00" }, { date: "2024-06-01" })).toEqual(["google/expired"]);
    expect(codes({ ...valid, validThrough: "2024-05-31T23:59:59+02:00" }, { date: "2024-05-31" })).toEqual([]);
  });
  it("hiringOrganization must be an Organization with a name", () => {
    expect(codes({ ...valid, hiringOrganization: "MJC" })).toEqual(["google/invalid-hiring-organization"]);
    expect(codes({ ...valid, hiringOrganization: { "@type": "Organization" } })).toEqual(["google/missing-organization-name"]);
  });
  it("jobLocation needs addressCountry; a fully remote job needs a country instead", () => {
    expect(codes({ ...valid, jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Lyon" } } })).toEqual(["google/missing-address-country"]);
    const { jobLocation: _, ...remote } = valid;
    expect(codes({ ...remote, jobLocationType: "TELECOMMUTE" })).toEqual(["google/telecommute-without-country"]);
    expect(codes({ ...remote, jobLocationType: "TELECOMMUTE", applicantLocationRequirements: { "@type": "Country", name: "France" } })).toEqual([]);
    expect(codes({ ...valid, jobLocationType: "HYBRID" })).toEqual(["google/invalid-job-location-type"]);
  });
  it("recommended properties, when present, must be well-formed (warnings)", () => {
    const d = checkGoogleJobPosting({
      ...valid,
      employmentType: ["FULL_TIME", "cdi"],
      baseSalary: { "@type": "MonetaryAmount", currency: "EUR", value: { "@type": "QuantitativeValue", value: 1900, unitText: "MOIS" } },
      identifier: "42",
      directApply: "yes",
      educationRequirements: { "@type": "EducationalOccupationalCredential", credentialCategory: "master" },
      experienceRequirements: "no requirements",
    });
    expect(d.map((x) => [x.code, x.severity, x.path.join(".")])).toEqual([
      ["google/invalid-employment-type", "warning", "employmentType.1"],
      ["google/invalid-salary", "warning", "baseSalary.value.unitText"],
      ["google/invalid-identifier", "warning", "identifier"],
      ["google/invalid-direct-apply", "warning", "directApply"],
      ["google/invalid-education", "warning", "educationRequirements"],
    ]);
  });
  it("checks each JobPosting of an array or a @graph, and never throws", () => {
    expect(checkGoogleJobPosting([valid, { ...valid, title: "" }]).map((d) => d.path)).toEqual([[1, "title"]]);
    expect(codes({ "@context": "https://schema.org", "@graph": [{ "@type": "WebPage" }, { ...valid, "@context": undefined }] })).toEqual([]);
    expect(codes(null)).toEqual(["google/not-job-posting"]);
    expect(codes("texte")).toEqual(["google/not-job-posting"]);
  });
});
