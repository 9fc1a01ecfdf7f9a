import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "service-civique/requires-qualification";
const sc: JobPosting = { ...base, title: "Volontaire en service civique", contracts: [{ type: "service-civique", duration: { value: 8, unit: "month" } }], pay: { statutory: true } };

describe(CODE, () => {
  it("flags a required diploma, experience or skill", () => {
    const p: JobPosting = {
      ...sc,
      requirements: {
        education: [{ level: 5, label: "Bac+2", strength: "required" }],
        experience: [{ years: 1, strength: "required" }],
        skills: [{ label: "Maîtrise de la suite Adobe", strength: "required" }, { label: "Animation", strength: "learnable" }],
      },
    };
    const found = lintCode(p, CODE);
    expect(found.map((d) => [d.code, d.severity, d.path])).toEqual([
      [CODE, "error", ["requirements", "education", 0]],
      [CODE, "error", ["requirements", "experience", 0]],
      [CODE, "error", ["requirements", "skills", 0]],
    ]);
    expect(found[0]!.message).toBe("Un service civique ne peut pas exiger de diplôme : il est ouvert à tous les jeunes, sans condition de diplôme ni d'expérience (Code du service national, art. L120-1 ; Agence du Service Civique). Présentez-le comme un atout ou une envie d'apprendre.");
    expect(found[1]!.message).toBe("Un service civique ne peut pas exiger d'expérience : il est ouvert à tous les jeunes, sans condition de diplôme ni d'expérience (Code du service national, art. L120-1 ; Agence du Service Civique). Présentez-le comme un atout ou une envie d'apprendre.");
  });

  it("reads the profile text: a demanded diploma, experience or skill is caught, a wish or a negation is not", () => {
    for (const [profile, what] of [
      ["Profil : Bac+2 exigé dans le domaine de la communication.", "de diplôme"],
      ["Vous êtes titulaire du BAFA, diplôme obligatoire pour encadrer les enfants.", "de diplôme"],
      ["Une expérience dans l'animation auprès des enfants est indispensable.", "d'expérience"],
      ["2 ans d'expérience minimum en gestion de projet.", "d'expérience"],
      ["Maîtrise de la suite Adobe exigée.", "de compétence préalable"],
    ] as const) {
      const found = lintCode({ ...sc, content: { profile } }, CODE);
      expect(found.map((d) => [d.code, d.path]), profile).toEqual([[CODE, ["content", "profile"]]]);
      expect(found[0]!.message, profile).toContain(`ne peut pas exiger ${what}`);
    }
    const [en] = lintCode({ ...sc, content: { profile: "Bac+3 requis." } }, CODE, { locale: "en" });
    expect(en!.message).toBe("A service civique may not require a diploma: it is open to every young person, without condition of diploma or experience (Code du service national, art. L120-1; Agence du Service Civique). Present it as a plus or as something to learn.");
    for (const profile of [
      "Aucun diplôme requis, aucune expérience exigée : seule compte votre motivation.",
      "Pas de diplôme requis. Le BAFA serait un plus.",
      "Une expérience dans l'animation n'est pas requise mais appréciée.",
      "Intérêt pour l'environnement ; permis B apprécié ; expérience associative bienvenue.",
      "Mission ouverte à tous les jeunes, sans condition de diplôme.",
    ]) {
      expect(lintCode({ ...sc, content: { profile } }, CODE), profile).toEqual([]);
    }
    // A CDI may require a diploma: not judged.
    expect(lintCode({ ...base, content: { profile: "Bac+2 exigé." } }, CODE)).toEqual([]);
  });

  it("accepts qualities, interests, learnable or preferred skills, and does not judge other contracts", () => {
    const p: JobPosting = { ...sc, requirements: { qualities: ["dynamique"], interests: ["l'ESS"], skills: [{ label: "Animation", strength: "learnable" }], noDiplomaRequired: true } };
    expect(lintCode(p, CODE)).toEqual([]);
    expect(lintCode({ ...base, requirements: { education: [{ level: 7, strength: "required" }] } }, CODE)).toEqual([]);
  });
});
