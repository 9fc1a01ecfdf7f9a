// Issue 15, deliverable 2: the interop invariants as properties, over generated valid postings (from the
// published JSON Schema) and the six examples. fast-check prints the seed and the shrunk counterexample
// on failure (FUZZ_SEED=<seed> reproduces it, FUZZ_RUNS changes the count, as in test/fuzz/); the runs
// are bounded.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/generated/types.js";
import { fuzzOptions } from "../fuzz/arbitraries.js";
import { addDays } from "../../src/interop/addDays.js";
import { checkGoogleJobPosting } from "../../src/interop/checkGoogleJobPosting.js";
import { countryCode } from "../../src/interop/countryCode.js";
import { fromSchemaOrg } from "../../src/interop/fromSchemaOrg.js";
import { toSchemaOrg } from "../../src/interop/toSchemaOrg.js";
import { validateJobPosting } from "../../src/validate/validateJobPosting.js";
import { arbitraryFromJsonSchema, identifierOverrides, mutate, mutationArbitrary } from "../support/arbitraryFromJsonSchema.js";

const schema = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "schemas", "job-posting.schema.json"), "utf8"));
const examplesDir = join(import.meta.dirname, "..", "..", "examples");
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(join(examplesDir, f), "utf8")) as JobPosting);

/** A copy whose strings are trimmed, spaces collapsed: JSON-LD texts are read trimmed. */
const trimmed = <T>(v: T): T => JSON.parse(JSON.stringify(v, (_k, x: unknown) => (typeof x === "string" ? x.replace(/\s+/g, " ").trim() : x))) as T;

/**
 * Valid postings: generated from the schema (those zod accepts, structure only, with a title and an
 * organisation name that are not blank: an import cannot read a blank title), and the examples.
 */
const postings: fc.Arbitrary<JobPosting> = fc.oneof(
  {
    weight: 4,
    arbitrary: (arbitraryFromJsonSchema(schema, { propertyOverrides: identifierOverrides }) as fc.Arbitrary<JobPosting>).filter(
      (p) =>
        validateJobPosting(p, { rules: false }).valid &&
        p.title.trim().length > 0 &&
        p.organisation.name.trim().length > 0 &&
        // The schema's pattern allows any two letters; the import reads assigned country codes only.
        [...(p.location?.places ?? []).map((pl) => pl.address?.country), ...(p.location?.remote?.applicantCountries ?? [])].every((c) => c === undefined || countryCode(c) === c),
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(...examples) },
);
const RUNS = fuzzOptions(150);

const lastDay = (p: JobPosting) => {
  const d = p.application?.deadline;
  return d ? (d.inclusive ? d.date : addDays(d.date, -1)) : undefined;
};
const addresses = (p: JobPosting) => (p.location?.places ?? []).filter((pl) => pl.address).map((pl) => ({ commune: pl.address!.commune, postalCode: pl.address!.postalCode, country: pl.address!.country }));
const amountFacts = (p: JobPosting) => {
  const a = p.pay?.amount;
  // An amount with no figure (a period alone) states no amount.
  return a && (a.value !== undefined || a.min !== undefined || a.max !== undefined) ? { value: a.value, min: a.min, max: a.max, period: a.period, currency: a.currency, basis: a.basis, monthsPerYear: a.monthsPerYear } : undefined;
};
const strengths = (p: JobPosting) => {
  const r = p.requirements;
  return {
    education: (r?.education ?? []).map((e) => [e.level, e.label, e.strength]),
    experience: (r?.experience ?? []).map((e) => [e.years, e.strength]),
    languages: (r?.languages ?? []).map((l) => [l.language, l.strength]),
    drivingLicence: r?.drivingLicence ? [r.drivingLicence.categories, r.drivingLicence.strength] : undefined,
  };
};

describe("toSchemaOrg → checkGoogleJobPosting", () => {
  it("a dated posting with a place of work (or fully remote) meets Google's requirements", () => {
    fc.assert(
      fc.property(postings, (p) => {
        const { jsonLd, diagnostics } = toSchemaOrg(p);
        const errors = checkGoogleJobPosting(jsonLd).filter((d) => d.severity === "error");
        const placed = addresses(p).length > 0 || p.location?.remote?.policy === "full";
        if (p.dates?.posted && placed) expect(errors).toEqual([]);
        // Whatever the posting, toSchemaOrg announces every requirement Google will find missing.
        if (errors.length) expect(diagnostics.some((d) => d.severity === "error")).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("fromSchemaOrg(toSchemaOrg(p)) keeps what schema.org can carry", () => {
  it("title, organisation, places and countries, dates, contracts, working time, pay, requirements and their strength", () => {
    fc.assert(
      fc.property(postings, (p) => {
        const { postings: back, diagnostics } = fromSchemaOrg(toSchemaOrg(p, { date: "2024-01-01" }).jsonLd);
        expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        const q = trimmed(back[0]!);
        p = trimmed(p);
        expect(q.title).toBe(p.title);
        expect(q.organisation.name).toBe(p.organisation.name);
        expect(addresses(q)).toEqual(addresses(p));
        expect(q.location?.remote?.policy).toBe(p.location?.remote?.policy);
        const countries = (x: JobPosting) => [...new Set(x.location?.remote?.applicantCountries ?? [])].filter((c) => c !== "FR"); // France is the default
        expect(countries(q)).toEqual(countries(p));
        expect(q.dates?.posted).toBe(p.dates?.posted ?? "2024-01-01");
        expect(lastDay(q)).toBe(lastDay(p));
        expect(q.contracts.map((c) => c.type)).toEqual(p.contracts.map((c) => c.type));
        const hours = (x: JobPosting) => (Object.keys(x.workingTime?.weeklyHours ?? {}).length ? x.workingTime?.weeklyHours : undefined); // {} states nothing
        expect(hours(q)).toEqual(hours(p));
        if (p.workingTime?.schedule) expect(q.workingTime?.schedule).toBe(p.workingTime.schedule);
        expect(amountFacts(q)).toEqual(amountFacts(p));
        expect(strengths(q)).toEqual(strengths(p));
      }),
      RUNS,
    );
  });
});

describe("no import changes a country, a strength or an amount without an error", () => {
  it("on JSON-LD mutated at random: each imported country is the one written", () => {
    fc.assert(
      fc.property(postings, mutationArbitrary, (p, m) => {
        const jsonLd = mutate(JSON.parse(JSON.stringify(toSchemaOrg(p).jsonLd)), m) as Record<string, unknown>;
        const { postings: back, diagnostics } = fromSchemaOrg(jsonLd);
        if (back.length === 0) return;
        const written = ([] as unknown[]).concat(jsonLd.jobLocation ?? []).map((place) => {
          const a = (place as { address?: { addressCountry?: unknown } } | null)?.address;
          const c = a && typeof a === "object" ? a.addressCountry : undefined;
          return typeof c === "string" ? countryCode(c) : undefined;
        });
        for (const place of back[0]!.location?.places ?? []) {
          const country = place.address?.country;
          // Either a country written in the markup, or FR assumed where none is written (an info says so).
          if (country && !written.includes(country)) {
            expect(country).toBe("FR");
            expect(diagnostics.some((d) => d.code === "interop/assumed" || d.severity === "error")).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});
