import { describe, expect, it } from "vitest";
import { JobPostingSchema, validateJobPosting, type JobPosting } from "../src/index.js";
import { base } from "./rules/lintCode.js";

/** Facts of real ESS offers the schema could not hold before issue 12, each in a field of its own. */
describe("schema gaps found on real offers", () => {
  const valid = (p: unknown) => validateJobPosting(p, { rules: false }).diagnostics;

  it("holds occasional remote work (« télétravail ponctuel possible »)", () => {
    const p: JobPosting = { ...base, location: { remote: { policy: "occasional", conditions: "selon les besoins du service" } } };
    expect(valid(p)).toEqual([]);
    expect(valid({ ...base, location: { remote: { policy: "sometimes" } } }).map((d) => d.code)).toEqual(["structure/invalid-value"]);
  });

  it("holds a cadre or non-cadre status without an IDCC (« poste cadre, forfait jours »)", () => {
    expect(valid({ ...base, staffStatus: "cadre" })).toEqual([]);
    expect(valid({ ...base, staffStatus: "non-cadre" })).toEqual([]);
    expect(valid({ ...base, staffStatus: "executive" }).map((d) => d.path)).toEqual([["staffStatus"]]);
  });

  it("holds one posting for several positions: a number, or distinct titles", () => {
    const p: JobPosting = { ...base, title: "L'association recrute deux animateur·rices", positions: 2 };
    expect(valid(p)).toEqual([]);
    const titles: JobPosting = { ...base, title: "Deux postes à pourvoir", positionTitles: ["Animateur·rice jeunesse", "Chargé·e d'accueil et de vie associative"] };
    expect(valid(titles)).toEqual([]);
    expect(valid({ ...base, positionTitles: ["Animateur·rice"] }).map((d) => d.path)).toEqual([["positionTitles"]]);
  });

  it("holds « alternance » when the posting chooses neither apprentissage nor professionnalisation", () => {
    const p: JobPosting = {
      ...base,
      title: "Chargé·e de communication en alternance",
      contracts: [{ type: "alternance", duration: { value: 12, unit: "month" }, qualification: { title: "Bachelor communication", level: 6 }, rhythm: "3 jours en entreprise, 2 jours en école" }],
    };
    expect(valid(p)).toEqual([]);
    expect(JobPostingSchema.parse(p).contracts[0]!.type).toBe("alternance");
  });

  it("holds the kind of coopérative and its members' volunteering duties", () => {
    const p: JobPosting = {
      ...base,
      title: "Responsable des achats",
      organisation: {
        name: "Supermarché coopératif",
        legalForm: "cooperative",
        cooperativeType: "consommateurs",
        memberVolunteering: { hours: 3, everyWeeks: 4, appliesToStaff: true, label: "Comme chaque coopérateur·rice, 3 heures de bénévolat toutes les 4 semaines" },
      },
    };
    expect(valid(p)).toEqual([]);
    expect(valid({ ...base, organisation: { name: "Coopaname", legalForm: "scop", cooperativeType: "cae" } })).toEqual([]);
    expect(valid({ ...base, organisation: { name: "X", cooperativeType: "ess" } }).map((d) => d.path)).toEqual([["organisation", "cooperativeType"]]);
    expect(valid({ ...base, organisation: { name: "X", memberVolunteering: { hours: 3 } } }).map((d) => d.path)).toEqual([["organisation", "memberVolunteering", "label"]]);
  });

  it("holds a replacement CDD without a precise term (« jusqu'au retour de la salariée »)", () => {
    const p: JobPosting = { ...base, contracts: [{ type: "cdd", reason: "remplacement", withoutPreciseTerm: true, duration: { min: 4, unit: "month" } }] };
    expect(valid(p)).toEqual([]);
  });
});
