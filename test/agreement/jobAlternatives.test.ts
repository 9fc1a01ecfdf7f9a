import { describe, expect, it } from "vitest";
import { agreementMinimumPay } from "../../src/agreement/agreementMinimumPay.js";
import { jobMatches } from "../../src/agreement/model/jobMatches.js";
import { ok } from "./okMinimum.js";

// The ARI offer of 12 March 2024 (corpus/offers/ari-oiseau-lyre-educateur-cdd), CCN 66.
const ARI = "Grille conventionnelle des EJE ou ES";

describe("métiers named by their abbreviations", () => {
  it("reads the social-work diplomas' abbreviations written in capitals", () => {
    expect(jobMatches("Éducateur de jeunes enfants", ARI)).toBe(true);
    expect(jobMatches("Éducateur spécialisé", ARI)).toBe(true);
    expect(jobMatches("Moniteur-éducateur", "Poste de ME en internat")).toBe(true);
    expect(jobMatches("Aide médico-psychologique", "AMP (H/F)")).toBe(true);
    expect(jobMatches("Technicien de l'intervention sociale et familiale", "TISF - CDI")).toBe(true);
    expect(jobMatches("Agent de service intérieur", "ASI à temps partiel")).toBe(true);
  });

  it("does not read a lower-case word or another métier's abbreviation as one", () => {
    expect(jobMatches("Éducateur spécialisé", "Tu es éducateur de jeunes enfants")).toBe(false);
    expect(jobMatches("Moniteur-éducateur", "Contacte-me")).toBe(false);
    expect(jobMatches("Moniteur-éducateur", ARI)).toBe(false);
    expect(jobMatches("Éducateur spécialisé", "EJES")).toBe(false);
    // AVS is left out: auxiliaire de vie sociale or auxiliaire de vie scolaire.
    expect(jobMatches("Auxiliaire de vie sociale", "AVS")).toBe(false);
  });
});

describe("a classification naming several métiers (X ou Y)", () => {
  it("EJE or ES share the éducateur grid: the minimum is that grid's entry step, 434 × 3,93 € + 9,21 % in March 2024", () => {
    const r = ok({ idcc: "0413", classification: { label: ARI }, date: "2024-03-12" });
    expect(r.classification.coefficient).toBe(434);
    expect(r.conventionalFullTimeMonthly).toBe(1862.71); // 1 705,62 + 157,09
    expect(r.notes.join(" ")).toMatch(/plusieurs métiers de même minimum/);
  });

  it("ES or ME differ: the lower, the moniteur-éducateur's, is the posting's floor, and the note gives the éducateur's", () => {
    const r = ok({ idcc: "0413", classification: { label: "Éducateur spécialisé ou moniteur-éducateur" }, date: "2022-09-01" });
    expect(r.classification).toMatchObject({ coefficient: 411, label: "Moniteur-éducateur, début" });
    expect(r.conventionalFullTimeMonthly).toBe(1763.99); // 411 × 3,93 + 9,21 %
    const note = r.notes.join(" ");
    expect(note).toMatch(/le plus bas, Moniteur-éducateur \(1\s763,99\s€\)/);
    expect(note).toMatch(/Éducateur spécialisé \(1\s862,71\s€\)/);
  });

  it("the same, written with abbreviations and a seniority, takes each métier's step", () => {
    const r = ok({ idcc: "0413", classification: { label: "ME / ES", seniorityYears: 4 }, date: "2024-06-01" });
    expect(r.classification.coefficient).toBe(453); // moniteur-éducateur après 3 ans; éducateur après 3 ans is 478
  });

  it("a métier the grid does not encode is still reported as not encoded", () => {
    const r = agreementMinimumPay({ idcc: "0413", classification: { label: "CESF" }, date: "2024-06-01" });
    expect(r.ok ? undefined : r.reason).toBe("classification-not-encoded");
  });
});
