import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { JobPosting } from "../../src/jobPosting/JobPostingSchema.js";
import { CandidateSchema, type Candidate } from "../../src/eligibility/CandidateSchema.js";
import { checkEligibility } from "../../src/eligibility/checkEligibility.js";
import { ageRange } from "../../src/eligibility/ageRange.js";
import { combineResults } from "../../src/eligibility/combineResults.js";
import { metropop, serviceCivique, find, with_ } from "./eligibilityExamples.js";

describe("checkEligibility — contrat de professionnalisation and adulte-relais", () => {
  const pro = with_(metropop, { contracts: [{ type: "professionnalisation" }], schemes: undefined, eligibility: undefined });
  const date = "2024-01-15";

  it("the contrat de professionnalisation's public", () => {
    const v = (c: Candidate) => checkEligibility(pro, c, { date }).verdict;
    expect(v({ age: 25 })).toBe("eligible");
    expect(v({ age: 30, jobseeker: true })).toBe("eligible");
    expect(v({ age: 45, jobseeker: false, benefits: ["aah"] })).toBe("eligible");
    expect(v({ age: 40, jobseeker: false, benefits: [], hadAidedContract: true })).toBe("eligible");
    expect(v({ age: 30, jobseeker: false, benefits: ["are"], hadAidedContract: false })).toBe("not-eligible");
    expect(v({ age: 30 })).toBe("unknown");
    expect(find(checkEligibility(pro, { age: 25 }, { date }), "professionnalisation/public")?.unverified).toBe(true);
  });

  const relais = with_(metropop, { contracts: [{ type: "cdd" }], schemes: [{ type: "adulte-relais" }], eligibility: undefined });

  it("adulte-relais: 26 from 2021-09-16, 30 the day before", () => {
    const c: Candidate = { age: 27, jobseeker: true, qpvResident: true };
    expect(checkEligibility(relais, c, { date: "2021-09-16" }).verdict).toBe("eligible");
    const before = checkEligibility(relais, c, { date: "2021-09-15" });
    expect(before.verdict).toBe("not-eligible");
    expect(find(before, "adulte-relais/age")?.reason).toContain("au moins 30 ans");
    expect(find(before, "adulte-relais/age")?.legalSource?.url).toContain("LEGIARTI000031014056");
  });

  it("adulte-relais: a job or a home outside a QPV rules it out; unknown facts stay unknown", () => {
    expect(checkEligibility(relais, { age: 40, jobseeker: false, qpvResident: true }, { date }).verdict).toBe("not-eligible");
    expect(checkEligibility(relais, { age: 40, jobseeker: true, qpvResident: false }, { date }).verdict).toBe("not-eligible");
    expect(checkEligibility(relais, { age: 40, jobseeker: true }, { date }).verdict).toBe("unknown");
  });

  it("insertion contracts and PEC: a prescriber decides", () => {
    const insertion = with_(pro, { contracts: [{ type: "insertion", form: "cddi" }] });
    expect(find(checkEligibility(insertion, { age: 30 }, { date }), "insertion/eligibility")?.result).toBe("unknown");
    const pec = with_(pro, { contracts: [{ type: "cdd" }], schemes: [{ type: "pec" }] });
    expect(checkEligibility(pec, { age: 30 }, { date }).verdict).toBe("unknown");
    const cdi = with_(pro, { contracts: [{ type: "cdi" }] });
    expect(checkEligibility(cdi, {}, { date })).toMatchObject({ verdict: "eligible", conditions: [] });
  });
});

describe("checkEligibility — robustness", () => {
  it("never throws on malformed input", () => {
    const inputs: unknown[] = [null, undefined, 42, "x", [], { contracts: "x" }, { contracts: [null, 3, { type: 5 }] }, { eligibility: { anyOf: [null, { allOf: "x" }] } }];
    for (const posting of inputs) {
      for (const candidate of [null, undefined, 7, { age: "24" }, { birthDate: "2024-02-30" }, { registrations: "x" }]) {
        expect(() => checkEligibility(posting as JobPosting, candidate as Candidate, { date: "2024-01-01" })).not.toThrow();
        expect(() => checkEligibility(posting as JobPosting, candidate as Candidate, null as never)).not.toThrow();
      }
    }
  });

  it("ignores invalid candidate fields as unknown and a malformed date", () => {
    const r = checkEligibility(serviceCivique, { age: "24" as unknown as number, birthDate: "2000-02-30" }, { date: "2024-02-30" });
    expect(find(r, "service-civique/age")?.result).toBe("unknown");
    expect(r.dates.reference).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("uses the posting date when no date is given", () => {
    const dated = with_(serviceCivique, { dates: { posted: "2020-01-10" } });
    expect(checkEligibility(dated, { age: 20 }).dates.reference).toBe("2020-01-10");
  });
});

describe("CandidateSchema and the helpers", () => {
  it("validates candidates", () => {
    expect(CandidateSchema.safeParse({ birthDate: "2000-05-17", registrations: [{ body: "france-travail", months: 14 }], benefits: ["rsa"] }).success).toBe(true);
    expect(CandidateSchema.safeParse({ age: -1 }).success).toBe(false);
    expect(CandidateSchema.safeParse({ name: "Awa" }).success).toBe(false);
    expect(CandidateSchema.safeParse({ educationLevel: 2 }).success).toBe(false);
  });

  it("ageRange", () => {
    expect(ageRange({ birthDate: "2000-09-01" }, "2025-09-01", "2025-09-01", "2025-09-01")).toEqual({ min: 25, max: 25 });
    expect(ageRange({ birthDate: "2000-09-01" }, "2025-08-31", "2025-09-01", "2025-09-01")).toEqual({ min: 24, max: 25 });
    expect(ageRange({ age: 25, ageOn: "2025-01-01" }, "2025-06-01", "2025-06-01", "2025-01-01")).toEqual({ min: 25, max: 26 });
    expect(ageRange({ age: 25 }, "2025-06-01", "2025-06-01", "2025-06-01")).toEqual({ min: 25, max: 25 });
    expect(ageRange({ age: 23 }, "2024-02-29", "2024-02-29", "2024-02-29")).toEqual({ min: 23, max: 23 });
    expect(ageRange({}, "2025-06-01", "2025-06-01", "2025-06-01")).toBeUndefined();
  });

  it("combineResults is Kleene logic", () => {
    expect(combineResults("all", [])).toBe("met");
    expect(combineResults("all", ["met", "unknown"])).toBe("unknown");
    expect(combineResults("all", ["unknown", "not-met"])).toBe("not-met");
    expect(combineResults("any", [])).toBe("not-met");
    expect(combineResults("any", ["not-met", "unknown"])).toBe("unknown");
    expect(combineResults("any", ["unknown", "met"])).toBe("met");
  });
});

describe("docs/eligibility.md", () => {
  it("the worked example matches what checkEligibility returns", () => {
    const doc = readFileSync(join(import.meta.dirname, "..", "..", "docs", "eligibility.md"), "utf8");
    const block = /```json\n([\s\S]*?)```/.exec(doc);
    const expected = JSON.parse(block![1]!);
    const candidate: Candidate = { birthDate: "1997-03-10", nationality: "fr" };
    expect(checkEligibility(serviceCivique, candidate, { date: "2024-09-01" })).toMatchObject(expected);
    expect(checkEligibility(serviceCivique, { ...candidate, disability: true, previousServiceCivique: false }, { date: "2024-09-01" }).verdict).toBe("eligible");
    expect(checkEligibility(serviceCivique, { ...candidate, disability: false }, { date: "2024-09-01" }).verdict).toBe("not-eligible");
    const en = checkEligibility(serviceCivique, candidate, { date: "2024-09-01", locale: "en" });
    expect(doc.replace(/\s+/g, " ")).toContain(find(en, "service-civique/age")!.reason);
  });
});

describe("approximateDateBounds", () => {
  it("gives the days an approximate date may mean", async () => {
    const { approximateDateBounds } = await import("../../src/eligibility/approximateDateBounds.js");
    expect(approximateDateBounds({ date: "2015-03", part: "mid" })).toEqual({ first: "2015-03-11", last: "2015-03-20" });
    expect(approximateDateBounds({ date: "2024-02" })).toEqual({ first: "2024-02-01", last: "2024-02-29" });
    expect(approximateDateBounds({ date: "2023", part: "late" })).toEqual({ first: "2023-09-01", last: "2023-12-31" });
    expect(approximateDateBounds({ date: "2023-02-30" })).toBeUndefined();
    expect(approximateDateBounds({ date: "2023-13" })).toBeUndefined();
    expect(approximateDateBounds(null)).toBeUndefined();
  });
});

describe("checkEligibility — not a posting", () => {
  it("gives « unknown » with its reason for a value that is not a posting, never « eligible »", () => {
    for (const posting of [undefined, null, 42, "posting", []]) {
      const r = checkEligibility(posting as unknown as JobPosting, undefined as unknown as Candidate);
      expect(r.verdict).toBe("unknown");
      expect(r.conditions).toEqual([
        {
          source: "posting",
          path: [],
          condition: "posting/not-a-posting",
          result: "unknown",
          reason: "Ce n'est pas une offre d'emploi (un objet était attendu) : l'éligibilité ne peut pas être vérifiée.",
        },
      ]);
    }
  });

  it("gives « unknown » for a posting without a contracts array", () => {
    for (const posting of [{}, { title: "Animateur" }, { contracts: "cdi" }, { contracts: { type: "cdi" } }]) {
      const r = checkEligibility(posting as unknown as JobPosting, { age: 30 }, { date: "2024-06-01", locale: "en" });
      expect(r.verdict).toBe("unknown");
      expect(r.conditions).toEqual([expect.objectContaining({ path: ["contracts"], condition: "posting/no-contracts", result: "unknown" })]);
      expect(r.conditions[0]!.reason).toMatch(/^The posting states no contracts/);
      expect(r.dates.reference).toBe("2024-06-01");
    }
  });

  it("gives « unknown » with a reason when the posting cannot be read", () => {
    const hostile = Object.defineProperty({ contracts: [{ type: "cdi" }] }, "eligibility", { enumerable: true, get: () => { throw new Error("hostile"); } });
    const r = checkEligibility(hostile as unknown as JobPosting, {});
    expect(r).toMatchObject({ verdict: "unknown", conditions: [{ condition: "posting/unreadable", result: "unknown" }] });
  });
});
