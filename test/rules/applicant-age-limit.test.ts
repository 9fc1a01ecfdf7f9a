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
