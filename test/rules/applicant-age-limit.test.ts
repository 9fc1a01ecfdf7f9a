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
  it("flags an upper age limit no scheme of the posting sets, in French and English", () => {
    const [d] = lintCode(age(undefined, 35), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["eligibility", "anyOf", 0, "allOf", 0, "max"] });
    expect(d!.message).toBe("Limite d'âge supérieure (35 ans au plus) qui n'est pas celle d'un dispositif légal de l'offre : une offre ne peut fixer de limite d'âge supérieure que si la loi l'impose (Code du travail, art. L5331-2) ; sélectionner sur l'âge est une discrimination (art. L1132-1).");
    const [en] = lintCode(age(undefined, 35), CODE, { locale: "en" });
    expect(en!.message).toBe("Upper age limit (35 or younger) that is not a legal scheme's own: a posting may set an upper age limit only when the law imposes it (Code du travail, art. L5331-2); selecting on age is discrimination (art. L1132-1).");
    expect(lintCode(age(16, 25), CODE)).toHaveLength(1);
  });

  it("does not judge a lower age: L5331-2 forbids an upper limit only (a driving licence's 21, majority)", () => {
    expect(lintCode(age(25, undefined), CODE)).toEqual([]);
    expect(lintCode(age(21, undefined), CODE)).toEqual([]);
    for (const profile of [
      "Permis D obligatoire ; avoir plus de 21 ans (conduite de minibus).",
      "Vous êtes âgé(e) de 18 ans minimum (travail de nuit).",
      "Vous avez plus de 25 ans.",
    ]) {
      expect(lintCode({ ...base, content: { profile } }, CODE), profile).toEqual([]);
    }
  });

  it("catches an upper age in the free text of a CDI or a CDD", () => {
    const cdi: Partial<JobPosting> = { contracts: [{ type: "cdi" }] };
    for (const [profile, phrase] of [
      ["Poste réservé aux moins de 26 ans (aide à l'embauche).", "réservé aux moins de 26 ans"],
      ["Être âgé(e) de moins de 26 ans.", "âgé(e) de moins de 26 ans"],
      ["Profil : candidat·e de moins de 30 ans, dynamique.", "candidat"],
      ["Âge maximum : 35 ans.", "Âge maximum : 35 ans"],
    ] as const) {
      const found = lintCode({ ...base, ...cdi, content: { profile } }, CODE);
      expect(found.map((x) => x.path), profile).toEqual([["content", "profile"]]);
      expect(found[0]!.message).toContain(phrase);
    }
    const cdd = lintCode({ ...base, content: { profile: "Vous avez moins de 26 ans et êtes inscrit·e à la mission locale." } }, CODE);
    expect(cdd.map((x) => x.path)).toEqual([["content", "profile"]]);
  });

  it("catches each form of an upper-age phrase in any case, whichever of its opening words it has", () => {
    const cdi: Partial<JobPosting> = { contracts: [{ type: "cdi" }] };
    for (const profile of [
      "ÂGÉES DE 20 À 35 ANS",
      "Candidates de moins de 30 ans",
      "Offre ouverte aux jeunes de moins de 30 ans",
      "Mission destinée à des personnes de moins de 30 ans",
      "Accessible aux -30 ans",
      "Limitée aux moins de 30 ans",
      "Le poste S’ADRESSE À DES JEUNES de moins de 30 ans",
      "Le poste s'adresse aux jeunes de moins de 30 ans",
      "Vous êtes une jeune de moins de 30 ans",
      "Être entre 20 et 35 ans",
      "VOUS AVEZ moins de 30 ans",
      "Limite d’âge : 35 ans",
    ]) {
      expect(lintCode({ ...base, ...cdi, content: { profile } }, CODE).map((x) => x.path), profile).toEqual([["content", "profile"]]);
    }
  });

  it("catches a service-civique mission open to 16–30 year-olds without the disability condition", () => {
    const sc: Partial<JobPosting> = { contracts: [{ type: "service-civique" }] };
    const open30 = lintCode({ ...base, ...sc, content: { profile: "Mission ouverte aux jeunes de 16 à 30 ans, sans condition de diplôme." } }, CODE);
    expect(open30.map((x) => x.path)).toEqual([["content", "profile"]]);
    expect(lintCode({ ...base, ...sc, content: { profile: "Mission ouverte aux jeunes de 16 à 25 ans (jusqu'à 30 ans pour les jeunes en situation de handicap)." } }, CODE)).toEqual([]);
    expect(lintCode({ ...base, ...sc, content: { profile: "Ouverte aux jeunes de 16 à 30 ans en situation de handicap." } }, CODE)).toEqual([]);
    // As structured conditions: 30 only in a group that requires a disability.
    expect(lintCode(age(16, 30, sc), CODE).map((x) => x.path)).toEqual([["eligibility", "anyOf", 0, "allOf", 0, "max"]]);
    const withDisability: JobPosting = {
      ...base,
      ...sc,
      eligibility: { anyOf: [{ allOf: [{ type: "age", min: 16, max: 25 }] }, { allOf: [{ type: "age", min: 16, max: 30 }, { type: "disability" }] }] },
    };
    expect(lintCode(withDisability, CODE)).toEqual([]);
  });

  it("flags an age range in the profile", () => {
    const [d] = lintCode({ ...base, content: { profile: "Vous êtes âgé de 25 à 35 ans et motivé." } }, CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["content", "profile"] });
    expect(d!.message).toBe("Limite d'âge supérieure (« âgé de 25 à 35 ans ») qui n'est pas celle d'un dispositif légal de l'offre : une offre ne peut fixer de limite d'âge supérieure que si la loi l'impose (Code du travail, art. L5331-2) ; sélectionner sur l'âge est une discrimination (art. L1132-1).");
  });

  it("reads the schemes' bounds from the dated parameters at the reference date", () => {
    // Contrat de professionnalisation: 16–25, and 26 and over for jobseekers (Code du travail L6325-1 2°).
    const pro: Partial<JobPosting> = { contracts: [{ type: "professionnalisation" }] };
    expect(lintCode(age(26, undefined, pro), CODE)).toEqual([]);
    expect(lintCode(age(16, 25, pro), CODE)).toEqual([]);
    expect(lintCode(age(16, 28, pro), CODE).map((x) => x.path)).toEqual([["eligibility", "anyOf", 0, "allOf", 0, "max"]]);
    // Apprentissage: 29 révolus, 35 for the L6222-2 exceptions (D6222-1); 25 before 2019.
    const app = (posted: string): Partial<JobPosting> => ({ contracts: [{ type: "apprentissage" }], dates: { posted } });
    expect(lintCode(age(16, 35, app("2024-02-05")), CODE)).toEqual([]);
    expect(lintCode(age(16, 25, app("2024-02-05")), CODE)).toHaveLength(1);
    expect(lintCode(age(16, 25, app("2018-06-01")), CODE)).toEqual([]);
    expect(lintCode(age(16, 40, app("2024-02-05")), CODE)).toHaveLength(1);
    // Service civique: 25 (30 with a disability: see above).
    expect(lintCode(age(16, 25, { contracts: [{ type: "service-civique" }] }), CODE)).toEqual([]);
    expect(lintCode(age(16, 28, { contracts: [{ type: "service-civique" }] }), CODE)).toHaveLength(1);
  });

  it("does not read the public served or years of experience as an age limit, and still flags one", () => {
    for (const profile of [
      "Expérience d'accompagnement de jeunes de moins de 26 ans.",
      "Expérience auprès de personnes âgées de plus de 60 ans",
      "Vous avez plus de 20 ans d'expérience dans le secteur.",
      "Vous avez plus de 10 ans dans le métier.",
      "Public : personnes âgées de plus de 60 ans.",
      "Expérience auprès de jeunes âgés de moins de 25 ans appréciée.",
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
    expect(lintCode(age(16, 29, { contracts: [{ type: "apprentissage" }] }), CODE)).toEqual([]);
    expect(lintCode(age(26, undefined, { schemes: [{ type: "adulte-relais" }] }), CODE)).toEqual([]);
    expect(lintCode(age(18, undefined), CODE)).toEqual([]);
    expect(lintCode({ ...base, content: { summary: "Accompagner les personnes âgées de plus de 60 ans." } }, CODE)).toEqual([]);
    expect(lintCode({ ...base, content: { profile: "Plus de 3 ans d'expérience." } }, CODE)).toEqual([]);
  });
});
