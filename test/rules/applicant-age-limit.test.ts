import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "applicant/age-limit";
const age = (min: number | undefined, max: number | undefined, extra: Partial<JobPosting> = {}): JobPosting => ({
  ...base,
  eligibility: { anyOf: [{ allOf: [{ type: "age", ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) }] }] },
  ...extra,
});

describe(CODE, () => {
  it("flags an age limit no scheme of the posting sets", () => {
    const [d] = lintCode(age(undefined, 35), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["eligibility", "anyOf", 0, "allOf", 0, "max"] });
    expect(d!.message).toBe("Condition d'âge (35 ans au plus) qui n'est pas celle d'un dispositif légal de l'offre : une offre ne peut fixer de limite d'âge que si la loi l'impose (Code du travail, art. L5331-2) ; sélectionner sur l'âge est une discrimination (art. L1132-1).");
    expect(lintCode(age(25, undefined), CODE).map((x) => x.path)).toEqual([["eligibility", "anyOf", 0, "allOf", 0, "min"]]);
    expect(lintCode(age(16, 25), CODE)).toHaveLength(1);
  });

  it("flags an age range in the profile", () => {
    const [d] = lintCode({ ...base, content: { profile: "Vous êtes âgé de 25 à 35 ans et motivé." } }, CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["content", "profile"] });
    expect(d!.message).toBe("Condition d'âge (« âgé de 25 à 35 ans ») qui n'est pas celle d'un dispositif légal de l'offre : une offre ne peut fixer de limite d'âge que si la loi l'impose (Code du travail, art. L5331-2) ; sélectionner sur l'âge est une discrimination (art. L1132-1).");
  });

  it("reads the schemes' bounds from the dated parameters at the reference date", () => {
    // Contrat de professionnalisation: 16–25, and 26 and over for jobseekers (Code du travail L6325-1 2°).
    const pro: Partial<JobPosting> = { contracts: [{ type: "professionnalisation" }] };
    expect(lintCode(age(26, undefined, pro), CODE)).toEqual([]);
    expect(lintCode(age(16, 25, pro), CODE)).toEqual([]);
    expect(lintCode(age(30, undefined, pro), CODE).map((x) => x.path)).toEqual([["eligibility", "anyOf", 0, "allOf", 0, "min"]]);
    // Apprentissage: 29 révolus, 35 for the L6222-2 exceptions (D6222-1); 25 before 2019.
    const app = (posted: string): Partial<JobPosting> => ({ contracts: [{ type: "apprentissage" }], dates: { posted } });
    expect(lintCode(age(16, 35, app("2024-02-05")), CODE)).toEqual([]);
    expect(lintCode(age(16, 25, app("2024-02-05")), CODE)).toHaveLength(1);
    expect(lintCode(age(16, 25, app("2018-06-01")), CODE)).toEqual([]);
    expect(lintCode(age(16, 40, app("2024-02-05")), CODE)).toHaveLength(1);
    // Adulte-relais: 30 and over until 2021-09-15, 26 and over from 2021-09-16 (L5134-102).
    const relais = (posted: string): Partial<JobPosting> => ({ schemes: [{ type: "adulte-relais" }], dates: { posted } });
    expect(lintCode(age(30, undefined, relais("2021-09-15")), CODE)).toEqual([]);
    expect(lintCode(age(30, undefined, relais("2021-09-16")), CODE)).toHaveLength(1);
    expect(lintCode(age(26, undefined, relais("2021-09-16")), CODE)).toEqual([]);
    expect(lintCode(age(26, undefined, relais("2021-09-15")), CODE)).toHaveLength(1);
    // Service civique: 25, 30 with a disability.
    expect(lintCode(age(16, 30, { contracts: [{ type: "service-civique" }] }), CODE)).toEqual([]);
    expect(lintCode(age(16, 28, { contracts: [{ type: "service-civique" }] }), CODE)).toHaveLength(1);
  });

  it("does not read the public served or years of experience as an age limit, and still flags one", () => {
    for (const profile of [
      "Expérience d'accompagnement de jeunes de moins de 26 ans.",
      "Expérience auprès de personnes âgées de plus de 60 ans",
      "Vous avez plus de 20 ans d'expérience dans le secteur.",
      "Vous avez plus de 10 ans dans le métier.",
      "Public : personnes âgées de plus de 60 ans.",
    ]) {
      expect(lintCode({ ...base, content: { profile } }, CODE), profile).toEqual([]);
    }
    for (const [profile, phrase] of [
      ["Vous êtes âgé de 25 à 35 ans et motivé.", "âgé de 25 à 35 ans"],
      ["Offre réservée aux jeunes de moins de 26 ans.", "réservée aux jeunes de moins de 26 ans"],
      ["Vous avez moins de 30 ans.", "Vous avez moins de 30 ans"],
      ["Expérience auprès de personnes âgées ; vous êtes âgée de moins de 40 ans.", "âgée de moins de 40 ans"],
    ] as const) {
      const found = lintCode({ ...base, content: { profile } }, CODE);
      expect(found.map((x) => x.path), profile).toEqual([["content", "profile"]]);
      expect(found[0]!.message).toContain(`« ${phrase} »`);
    }
  });

  it("accepts the age bounds of the posting's own scheme, and the public served in the missions", () => {
    const tremplin: Partial<JobPosting> = { contracts: [{ type: "cdi" }], schemes: [{ type: "emploi-tremplin", region: "11" }] };
    expect(lintCode(age(16, 25, tremplin), CODE)).toEqual([]);
    expect(lintCode(age(16, 25, { contracts: [{ type: "service-civique" }] }), CODE)).toEqual([]);
    expect(lintCode(age(18, 30, { contracts: [{ type: "service-civique" }] }), CODE)).toEqual([]);
    expect(lintCode(age(16, 29, { contracts: [{ type: "apprentissage" }] }), CODE)).toEqual([]);
    expect(lintCode(age(26, undefined, { schemes: [{ type: "adulte-relais" }] }), CODE)).toEqual([]);
    expect(lintCode(age(18, undefined), CODE)).toEqual([]);
    expect(lintCode({ ...base, content: { summary: "Accompagner les personnes âgées de plus de 60 ans." } }, CODE)).toEqual([]);
    expect(lintCode({ ...base, content: { profile: "Plus de 3 ans d'expérience." } }, CODE)).toEqual([]);
  });
});
