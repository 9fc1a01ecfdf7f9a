import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { JobPostingSchema, type JobPosting } from "../../src/jobPosting/JobPostingSchema.js";
import { CandidateSchema, type Candidate } from "../../src/eligibility/CandidateSchema.js";
import { checkEligibility } from "../../src/eligibility/checkEligibility.js";
import { ageRange } from "../../src/eligibility/ageRange.js";
import { combineResults } from "../../src/eligibility/combineResults.js";
import type { EligibilityResult } from "../../src/eligibility/EligibilityResult.js";

const load = (name: string): JobPosting =>
  JobPostingSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "examples", `${name}.json`), "utf8")));

const metropop = load("metropop-emploi-tremplin");
const serviceCivique = load("cga-service-civique");
const stageOrApprenticeship = load("cga-stage-apprentissage");

const find = (r: EligibilityResult, condition: string, index = 0) => r.conditions.filter((c) => c.condition === condition)[index];
const with_ = (posting: JobPosting, patch: Partial<JobPosting>): JobPosting => ({ ...posting, ...patch });

describe("checkEligibility — Métropop' (emploi tremplin, three groups)", () => {
  const date = "2015-03-01";

  it("a 24-year-old registered for 14 months is eligible through the second group", () => {
    const r = checkEligibility(metropop, { age: 24, registrations: [{ body: "france-travail", months: 14 }] }, { date });
    expect(r.verdict).toBe("eligible");
    expect(r.groups?.map((g) => g.result)).toEqual(["unknown", "met", "unknown"]);
    // Group 1 lacks the diploma level; group 3 lacks the disability.
    expect(find(r, "education-level")?.result).toBe("unknown");
    expect(find(r, "registered", 1)).toMatchObject({ result: "met", path: ["eligibility", "anyOf", 1, "allOf", 0], group: 1, source: "posting" });
    expect(find(r, "registered", 1)?.reason).toContain("France Travail le 1er janvier 2024");
  });

  it("a young person with the Bac registered with the Mission locale is eligible through the first group", () => {
    const r = checkEligibility(metropop, { birthDate: "1995-04-02", educationLevel: 4, registrations: [{ body: "mission-locale" }] }, { date });
    expect(r.groups?.[0]?.result).toBe("met");
    expect(r.verdict).toBe("eligible");
  });

  it("a person with a recognised disability registered with Cap emploi is eligible through the third group", () => {
    const r = checkEligibility(metropop, { age: 45, rqth: true, registrations: [{ body: "cap-emploi" }] }, { date });
    expect(r.groups?.map((g) => g.result)).toEqual(["not-met", "not-met", "met"]);
    expect(r.verdict).toBe("eligible");
  });

  it("a 30-year-old registered nowhere and without a disability is not eligible", () => {
    const r = checkEligibility(metropop, { age: 30, registrations: [], disability: false }, { date });
    expect(r.verdict).toBe("not-eligible");
    expect(r.groups?.map((g) => g.result)).toEqual(["not-met", "not-met", "not-met"]);
  });

  it("registered with the Mission locale only for 13 months does not meet the Pôle emploi group", () => {
    const r = checkEligibility(metropop, { age: 30, disability: false, registrations: [{ body: "mission-locale", months: 13 }] }, { date });
    expect(r.groups?.[1]?.result).toBe("not-met");
    expect(r.verdict).toBe("not-eligible");
  });

  it("registered 11 months: not the second group", () => {
    const r = checkEligibility(metropop, { age: 30, disability: false, registrations: [{ body: "pole-emploi", months: 11 }] }, { date });
    expect(r.groups?.[1]?.result).toBe("not-met");
    expect(r.verdict).toBe("not-eligible");
  });

  it("a candidate known only by name is unknown, and the reasons say what is lacking", () => {
    const r = checkEligibility(metropop, { name: "Awa" } as unknown as Candidate, { date });
    expect(r.verdict).toBe("unknown");
    expect(r.conditions.every((c) => c.result === "unknown")).toBe(true);
    expect(find(r, "age")?.reason).toBe(
      "Âge inconnu. L'offre demande un âge de 16 ans à 25 ans. Impossible de conclure sans connaître l'âge ou la date de naissance.",
    );
  });

  it("registered with Pôle emploi for an unknown time, 30 and no disability: unknown", () => {
    const r = checkEligibility(metropop, { age: 30, disability: false, registrations: [{ body: "pole-emploi" }] }, { date });
    expect(r.groups?.map((g) => g.result)).toEqual(["not-met", "unknown", "not-met"]);
    expect(r.verdict).toBe("unknown");
    expect(find(r, "registered", 1)?.reason).toContain("la durée d'inscription");
  });

  it("adds no emploi-tremplin condition when the posting states the scheme's public, and one when it does not", () => {
    expect(checkEligibility(metropop, {}, { date }).conditions.some((c) => c.source === "scheme")).toBe(false);
    const { eligibility: _omit, ...bare } = metropop;
    const r = checkEligibility(bare as JobPosting, { age: 24 }, { date });
    expect(find(r, "emploi-tremplin/public")).toMatchObject({ source: "scheme", path: ["schemes", 0], result: "unknown" });
    expect(r.verdict).toBe("unknown");
  });

  it("the age group boundary: 25 the day before the 26th birthday, 26 on it", () => {
    const facts = { educationLevel: 4 as const, registrations: [{ body: "mission-locale" as const }] };
    expect(checkEligibility(metropop, { ...facts, birthDate: "1989-03-02" }, { date }).groups?.[0]?.result).toBe("met");
    expect(checkEligibility(metropop, { ...facts, birthDate: "1989-03-01" }, { date }).groups?.[0]?.result).toBe("not-met");
  });
});

describe("checkEligibility — CGA service civique", () => {
  const date = "2024-09-01";
  const french = { nationality: "fr" as const, previousServiceCivique: false };

  it("a 24-year-old French candidate who never did one is eligible", () => {
    const r = checkEligibility(serviceCivique, { ...french, birthDate: "2000-01-15" }, { date });
    expect(r.verdict).toBe("eligible");
    expect(r.conditions.map((c) => [c.condition, c.result])).toEqual([
      ["service-civique/age", "met"],
      ["service-civique/previous-engagement", "met"],
      ["service-civique/nationality", "met"],
    ]);
    expect(find(r, "service-civique/age")).toMatchObject({ source: "contract", path: ["contracts", 0], contract: 0 });
    expect(find(r, "service-civique/age")?.legalSource?.label).toContain("L120-1");
    expect(r.dates).toEqual({ reference: date, ageFrom: date, ageTo: date, ageBasis: "reference" });
  });

  it("a 35-year-old without a disability is not eligible", () => {
    const r = checkEligibility(serviceCivique, { age: 35, disability: false }, { date });
    expect(r.verdict).toBe("not-eligible");
    expect(find(r, "service-civique/age")?.result).toBe("not-met");
  });

  it("a 35-year-old is not eligible even with a disability (30 at most)", () => {
    expect(checkEligibility(serviceCivique, { ...french, age: 35, disability: true }, { date }).verdict).toBe("not-eligible");
  });

  it("a candidate with only a name is unknown", () => {
    const r = checkEligibility(serviceCivique, { name: "Awa" } as unknown as Candidate, { date });
    expect(r.verdict).toBe("unknown");
    expect(r.conditions.map((c) => c.result)).toEqual(["unknown", "unknown", "unknown"]);
  });

  it("28: eligible with a recognised disability, not without, unknown when not told", () => {
    expect(checkEligibility(serviceCivique, { ...french, age: 28, disability: true }, { date }).verdict).toBe("eligible");
    expect(checkEligibility(serviceCivique, { ...french, age: 28, disability: false }, { date }).verdict).toBe("not-eligible");
    const r = checkEligibility(serviceCivique, { ...french, age: 28 }, { date });
    expect(r.verdict).toBe("unknown");
    expect(find(r, "service-civique/age")?.reason).toContain("la reconnaissance éventuelle d'un handicap");
  });

  it("one service civique per person", () => {
    const r = checkEligibility(serviceCivique, { ...french, age: 20, previousServiceCivique: true }, { date });
    expect(find(r, "service-civique/previous-engagement")?.result).toBe("not-met");
    expect(r.verdict).toBe("not-eligible");
  });

  it("nationality: EU/EEA met; other nationals need an eligible residence permit", () => {
    const base = { age: 20, previousServiceCivique: false };
    expect(checkEligibility(serviceCivique, { ...base, nationality: "eu-eea" }, { date }).verdict).toBe("eligible");
    expect(checkEligibility(serviceCivique, { ...base, nationality: "other", serviceCiviqueResidencePermit: true }, { date }).verdict).toBe("eligible");
    expect(checkEligibility(serviceCivique, { ...base, nationality: "other", serviceCiviqueResidencePermit: false }, { date }).verdict).toBe("not-eligible");
    expect(checkEligibility(serviceCivique, { ...base, nationality: "other" }, { date }).verdict).toBe("unknown");
  });

  it("birthdays on the boundary days: 16th birthday in, 26th birthday out", () => {
    const age = (birthDate: string, extra: Candidate = {}) =>
      find(checkEligibility(serviceCivique, { ...french, ...extra, birthDate }, { date }), "service-civique/age")?.result;
    expect(age("2008-09-01")).toBe("met"); // 16 today
    expect(age("2008-09-02")).toBe("not-met"); // 16 tomorrow
    expect(age("1998-09-02")).toBe("met"); // 25, 26 tomorrow
    expect(age("1998-09-01", { disability: false })).toBe("not-met"); // 26 today
    expect(age("1998-09-01")).toBe("unknown"); // 26 today, and a disability would open it up to 30
    expect(age("1993-09-02", { disability: true })).toBe("met"); // 30, 31 tomorrow
    expect(age("1993-09-01", { disability: true })).toBe("not-met"); // 31 today
  });

  it("a birthday on 29 February counts from 1 March in common years", () => {
    const r = (d: string) => find(checkEligibility(serviceCivique, { birthDate: "2000-02-29", disability: false }, { date: d }), "service-civique/age")?.result;
    expect(r("2026-02-28")).toBe("met"); // still 25
    expect(r("2026-03-01")).toBe("not-met"); // 26
  });

  it("before 2017-01-29 the law had no disability extension", () => {
    const r = checkEligibility(serviceCivique, { ...french, age: 28, disability: true }, { date: "2016-06-01" });
    expect(find(r, "service-civique/age")?.result).toBe("not-met");
    expect(checkEligibility(serviceCivique, { ...french, age: 28, disability: true }, { date: "2017-01-29" }).verdict).toBe("eligible");
  });

  it("a mission closed to minors rejects a 17-year-old", () => {
    const adultsOnly = with_(serviceCivique, { contracts: [{ type: "service-civique", openToMinors: false }] });
    expect(find(checkEligibility(adultsOnly, { age: 17 }, { date }), "service-civique/age")?.result).toBe("not-met");
    expect(find(checkEligibility(serviceCivique, { age: 17 }, { date }), "service-civique/age")?.result).toBe("met");
  });

  it("an age stated on an earlier day that a birthday may have passed since is unknown", () => {
    const r = checkEligibility(serviceCivique, { ...french, age: 25, ageOn: "2024-01-01" }, { date });
    expect(find(r, "service-civique/age")?.result).toBe("unknown");
    expect(checkEligibility(serviceCivique, { ...french, age: 24, ageOn: "2024-01-01" }, { date }).verdict).toBe("eligible");
  });

  it("the age is taken over the start window when the posting gives one", () => {
    const starting = with_(serviceCivique, { dates: { posted: "2024-08-20", start: { earliest: { date: "2024-10" } } } });
    const r = checkEligibility(starting, { ...french, birthDate: "1998-10-15" });
    expect(r.dates).toEqual({ reference: "2024-08-20", ageFrom: "2024-10-01", ageTo: "2024-10-31", ageBasis: "start" });
    expect(find(r, "service-civique/age")?.result).toBe("unknown"); // 25 until 14 October, 26 from the 15th
    expect(checkEligibility(starting, { ...french, birthDate: "1998-11-01" }).verdict).toBe("eligible");
    // A start already past on the reference date: the age is taken on the reference date.
    const r2 = checkEligibility(starting, { ...french, birthDate: "1998-11-01", disability: false }, { date: "2025-01-10" });
    expect(r2.dates).toMatchObject({ ageFrom: "2025-01-10", ageTo: "2025-01-10" });
    expect(r2.verdict).toBe("not-eligible");
  });

  it("gives the reasons in English on request", () => {
    const r = checkEligibility(serviceCivique, { age: 35, disability: false }, { date, locale: "en" });
    expect(find(r, "service-civique/age")?.reason).toBe(
      "Age on 2024-09-01: 35. Service civique is open from 16 to 25, up to 30 for a person with a disability. Condition not met.",
    );
    expect(find(checkEligibility(serviceCivique, { age: 28, disability: false }, { date, locale: "en" }), "service-civique/age")?.reason).toBe(
      "Age on 2024-09-01: 28. Service civique is open from 16 to 25, up to 30 for a person with a disability. Recognised disability: no. Condition not met.",
    );
    expect(find(r, "service-civique/nationality")?.reason).toContain("Cannot be told without knowing the nationality");
  });

  it("gives the reasons in French by default", () => {
    const r = checkEligibility(serviceCivique, { age: 35, disability: false }, { date });
    expect(find(r, "service-civique/age")?.reason).toBe(
      "Âge le 2024-09-01 : 35 ans. Le service civique est ouvert de 16 à 25 ans, jusqu'à 30 ans pour une personne en situation de handicap. Condition non remplie.",
    );
  });
});

describe("checkEligibility — CGA apprentissage ou stage (alternatives)", () => {
  const date = "2023-09-01";

  it("a 22-year-old student is eligible for both", () => {
    const r = checkEligibility(stageOrApprenticeship, { age: 22, student: true }, { date });
    expect(r.verdict).toBe("eligible");
    expect(r.alternatives).toEqual([
      { contract: 0, type: "apprentissage", verdict: "eligible" },
      { contract: 1, type: "stage", verdict: "eligible" },
    ]);
  });

  it("a 32-year-old student: not the apprenticeship, but the stage", () => {
    const r = checkEligibility(stageOrApprenticeship, { age: 32, student: true, rqth: false, apprenticeshipAgeExceptions: [] }, { date });
    expect(r.verdict).toBe("eligible");
    expect(r.alternatives?.map((a) => a.verdict)).toEqual(["not-eligible", "eligible"]);
    expect(find(r, "apprentissage/age")).toMatchObject({ result: "not-met", path: ["contracts", 0], contract: 0 });
    expect(find(r, "stage/student")).toMatchObject({ result: "met", path: ["contracts", 1], contract: 1 });
  });

  it("a 32-year-old not in education, without RQTH or another exception: not eligible", () => {
    const r = checkEligibility(stageOrApprenticeship, { age: 32, student: false, disability: false, apprenticeshipAgeExceptions: [] }, { date });
    expect(r.verdict).toBe("not-eligible");
  });

  it("a 32-year-old with the RQTH: the apprenticeship has no age limit", () => {
    const r = checkEligibility(stageOrApprenticeship, { age: 32, student: false, rqth: true }, { date });
    expect(r.alternatives?.map((a) => a.verdict)).toEqual(["eligible", "not-eligible"]);
    expect(r.verdict).toBe("eligible");
  });

  it("a recognised disability other than the RQTH does not tell: unknown", () => {
    const r = checkEligibility(stageOrApprenticeship, { age: 32, student: false, disability: true, apprenticeshipAgeExceptions: [] }, { date });
    expect(r.verdict).toBe("unknown");
    expect(find(r, "apprentissage/age")?.reason).toContain("la RQTH");
  });

  it("following a previous apprenticeship: up to 35", () => {
    const facts = { student: false, rqth: false, apprenticeshipAgeExceptions: ["following-contract" as const] };
    expect(checkEligibility(stageOrApprenticeship, { ...facts, age: 35 }, { date }).verdict).toBe("eligible");
    expect(checkEligibility(stageOrApprenticeship, { ...facts, age: 36 }, { date }).verdict).toBe("not-eligible");
  });

  it("a 32-year-old with nothing else known: unknown", () => {
    expect(checkEligibility(stageOrApprenticeship, { age: 32 }, { date }).verdict).toBe("unknown");
  });

  it("15: only after the 3e", () => {
    const v = (c: Candidate) => find(checkEligibility(stageOrApprenticeship, { age: 15, ...c }, { date }), "apprentissage/age")?.result;
    expect(v({ completedCollege: true })).toBe("met");
    expect(v({ completedCollege: false })).toBe("not-met");
    expect(v({})).toBe("unknown");
    expect(find(checkEligibility(stageOrApprenticeship, { age: 14, completedCollege: true }, { date }), "apprentissage/age")?.result).toBe("not-met");
  });

  it("29 révolus: the day before the 30th birthday in, the birthday out", () => {
    const v = (birthDate: string) =>
      find(checkEligibility(stageOrApprenticeship, { birthDate, rqth: false, apprenticeshipAgeExceptions: [] }, { date }), "apprentissage/age")?.result;
    expect(v("1993-09-02")).toBe("met");
    expect(v("1993-09-01")).toBe("not-met");
  });

  it("says in English why", () => {
    const r = checkEligibility(stageOrApprenticeship, { age: 22 }, { date, locale: "en" });
    expect(find(r, "stage/student")?.reason).toBe(
      "An internship requires enrolment in a course of education, with an agreement signed by the school. Cannot be told without knowing enrolment in a course of education.",
    );
    expect(r.verdict).toBe("eligible"); // the apprenticeship is open at 22
  });
});

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
