// The interoperability functions on input whose reading throws (a Proxy, a getter) and on hostile
// options: an error diagnostic, never a throw.
import { describe, expect, it } from "vitest";
import { checkGoogleJobPosting } from "../../src/interop/checkGoogleJobPosting.js";
import { fromSchemaOrg } from "../../src/interop/fromSchemaOrg.js";
import { toSchemaOrg, type ToSchemaOrgOptions } from "../../src/interop/toSchemaOrg.js";
import type { JobPosting } from "../../src/jobPosting/JobPostingSchema.js";

const throwing = () => {
  throw new Error("hostile");
};
const proxy = new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing });
const getter = (key: string, base: object = {}) => Object.defineProperty({ ...base }, key, { enumerable: true, get: throwing });
const posting: JobPosting = { title: "Animateur·rice", organisation: { name: "MJC" }, contracts: [{ type: "cdi" }], dates: { posted: "2024-06-01" } };
const jsonLd = toSchemaOrg(posting).jsonLd;

describe("toSchemaOrg", () => {
  it("gives a bare JSON-LD and interop/invalid-posting for a proxy or a throwing getter", () => {
    for (const input of [proxy, getter("title"), getter("contracts", posting)]) {
      const r = toSchemaOrg(input as JobPosting, { locale: "en" });
      expect(r.jsonLd).toMatchObject({ "@context": "https://schema.org", "@type": "JobPosting" });
      expect(r.diagnostics).toEqual([expect.objectContaining({ code: "interop/invalid-posting", severity: "error", path: [] })]);
    }
    expect(toSchemaOrg(getter("contracts", posting) as JobPosting).jsonLd.title).toBe("Animateur·rice");
  });

  it("ignores hostile options and options that are not strings", () => {
    const expected = toSchemaOrg(posting);
    for (const options of [null, proxy, getter("locale"), { logo: 5, url: {}, date: 20240601 }]) {
      expect(toSchemaOrg(posting, options as ToSchemaOrgOptions)).toEqual(expected);
    }
  });
});

describe("fromSchemaOrg", () => {
  it("gives interop/invalid-input for a proxy or a throwing getter", () => {
    for (const input of [proxy, getter("@type"), [getter("title", { "@type": "JobPosting" })]]) {
      const r = fromSchemaOrg(input, { locale: "en" });
      expect(r.postings).toEqual([]);
      expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: "interop/invalid-input", severity: "error" }));
    }
  });

  it("ignores hostile options", () => {
    const expected = fromSchemaOrg(jsonLd);
    for (const options of [null, proxy, getter("locale")]) expect(fromSchemaOrg(jsonLd, options as never)).toEqual(expected);
  });
});

describe("checkGoogleJobPosting", () => {
  it("gives an error diagnostic for a proxy or a throwing getter", () => {
    for (const input of [proxy, getter("title", jsonLd), [getter("@type")]]) {
      const d = checkGoogleJobPosting(input, { locale: "en" });
      expect(d.length).toBeGreaterThan(0);
      expect(d.some((x) => x.severity === "error")).toBe(true);
    }
    expect(checkGoogleJobPosting(getter("title", jsonLd), { locale: "en" })).toContainEqual(expect.objectContaining({ code: "google/not-job-posting", message: "The input cannot be read." }));
  });

  it("ignores hostile options", () => {
    const expected = checkGoogleJobPosting(jsonLd);
    for (const options of [null, proxy, getter("date")]) expect(checkGoogleJobPosting(jsonLd, options as never)).toEqual(expected);
  });
});
