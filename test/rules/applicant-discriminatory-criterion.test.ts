import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "applicant/discriminatory-criterion";
const profile = (text: string, extra: Partial<JobPosting> = {}): JobPosting => ({ ...base, content: { profile: text }, ...extra });

describe(CODE, () => {
  it("flags a nationality requirement", () => {
    const [d] = lintCode(profile("Nationalité française exigée."), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["content", "profile"] });
    expect(d!.message).toBe("L'offre sélectionne sur la nationalité (« Nationalité française exigée ») : aucune offre ne peut faire référence aux critères de discrimination de l'article L1132-1 du Code du travail (art. L5321-2).");
  });

  it("flags sex, family situation, native language and appearance", () => {
    for (const text of ["Poste réservé aux femmes.", "Profil masculin souhaité.", "Vous êtes célibataire et sans enfant.", "Français langue maternelle.", "Physique agréable."]) {
      expect(lintCode(profile(text), CODE).map((d) => d.path), text).toEqual([["content", "profile"]]);
    }
    const native: JobPosting = { ...base, requirements: { languages: [{ language: "fr", level: "native", strength: "required" }] } };
    expect(lintCode(native, CODE).map((d) => d.path)).toEqual([["requirements", "languages", 0, "level"]]);
  });

  it("accepts encouragement, the public served, the right to work and a service civique's nationality condition", () => {
    for (const text of ["Les candidatures féminines sont encouragées.", "Autorisation de travail en France requise.", "Bonne présentation, excellent relationnel.", "Français courant (C1)."]) {
      expect(lintCode(profile(text), CODE), text).toEqual([]);
    }
    expect(lintCode({ ...base, content: { summary: "Accueil de jour réservé aux femmes victimes de violences." } }, CODE)).toEqual([]);
    expect(lintCode(profile("Être de nationalité française, européenne, ou résider en France depuis un an.", { contracts: [{ type: "service-civique" }] }), CODE)).toEqual([]);
  });
});
