import { describe, expect, it } from "vitest";
import { checkEligibility } from "../../src/eligibility/checkEligibility.js";
import type { JobPosting } from "../../src/jobPosting/JobPostingSchema.js";

// Engagé·e·s & Déterminé·e·s, 10 July 2024 (corpus/offers/makesense-engagees-determinees-alternance): "Alternance", kind not stated.
const alternance: JobPosting = {
  title: "Alternance - Appui à la coordination d'un projet de participation politique des jeunes",
  organisation: { name: "Engagé·e·s & Déterminé·e·s", legalForm: "association" },
  contracts: [{ type: "alternance", duration: { value: 12, unit: "month" } }],
  dates: { posted: "2024-07-10" },
};
const date = "2024-07-10";
const check = (candidate: Parameters<typeof checkEligibility>[1]) => {
  const r = checkEligibility(alternance, candidate, { date });
  return { verdict: r.verdict, condition: r.conditions.find((c) => c.condition === "alternance/public") };
};

describe("checkEligibility — an alternance of unchosen kind: the conditions of the apprenticeship or of the contrat de professionnalisation", () => {
  it("is judged, not skipped: a 40-year-old in work, without RQTH, benefit or former CUI, can sign neither (apprenticeship 16–29, professionnalisation 16–25 or a jobseeker from 26)", () => {
    const r = check({ age: 40, jobseeker: false, rqth: false, apprenticeshipAgeExceptions: [], benefits: [], hadAidedContract: false });
    expect(r.verdict).toBe("not-eligible");
    expect(r.condition).toMatchObject({ result: "not-met", path: ["contracts", 0], contract: 0, source: "contract" });
    expect(r.condition?.legalSource?.label).toContain("L6222-1");
    expect(r.condition?.legalSource?.label).toContain("L6325-1");
  });

  it("either kind is enough: 28 (apprenticeship up to 29), or 40 and a jobseeker (professionnalisation)", () => {
    expect(check({ age: 28 }).verdict).toBe("eligible");
    expect(check({ age: 40, jobseeker: true, rqth: false, apprenticeshipAgeExceptions: [] }).verdict).toBe("eligible");
  });

  it("unknown when neither can be told, naming the facts both kinds lack", () => {
    const r = check({ age: 40 });
    expect(r.verdict).toBe("unknown");
    expect(r.condition?.reason).toMatch(/Impossible de conclure sans connaître .*RQTH/u);
    expect(r.condition?.reason).toContain("demandeur");
  });
});
