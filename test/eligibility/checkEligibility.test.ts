import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/jobPosting/JobPostingSchema.js";
import type { Candidate } from "../../src/eligibility/CandidateSchema.js";
import { checkEligibility } from "../../src/eligibility/checkEligibility.js";
import { metropop, serviceCivique, stageOrApprenticeship, find, with_ } from "./eligibilityExamples.js";

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
