import { describe, expect, it } from "vitest";
import { base, lintCode } from "./lintCode.js";

const CODE = "content/not-in-french";

describe(CODE, () => {
  it("flags a declared language other than French", () => {
    const [d] = lintCode({ ...base, language: "en" }, CODE);
    expect(d).toMatchObject({ code: CODE, severity: "warning", path: ["language"] });
    expect(d!.message).toBe("La langue déclarée de l'offre est « en » : une offre d'emploi pour un poste en France doit être rédigée en français (Code du travail, art. L5331-4).");
  });

  it("flags an English title, and a text mostly in English", () => {
    const [d] = lintCode({ ...base, title: "Project leader for an innovative social business" }, CODE);
    expect(d).toMatchObject({ code: CODE, severity: "warning", path: ["title"] });
    expect(d!.message).toBe("Ce texte semble rédigé en anglais : une offre d'emploi pour un poste en France doit être rédigée en français, un terme étranger sans équivalent n'étant admis qu'avec une description détaillée en français (Code du travail, art. L5331-4).");
    const summary = "You will be part of the team and work with our partners to build the future of the association.";
    expect(lintCode({ ...base, content: { summary } }, CODE).map((x) => x.path)).toEqual([["content", "summary"]]);
  });

  it("does not read IT, Tech for Good or capitals as English titles; still flags an English title", () => {
    for (const title of ["Technicien·ne support IT", "Responsable pôle IT", "Responsable programme Tech for Good", "ADMINISTRATEUR IT (H/F)", "Chargé·e de mission 1 an", "Animateur·rice Be Happy At Home"]) {
      expect(lintCode({ ...base, title }, CODE), title).toEqual([]);
    }
    for (const title of ["Project leader for an innovative social business", "Program Officer for the Youth Fund", "Head of partnerships and advocacy"]) {
      expect(lintCode({ ...base, title }, CODE).map((d) => d.path), title).toEqual([["title"]]);
    }
  });

  it("accepts French, and French titles with an English term", () => {
    expect(lintCode(base, CODE)).toEqual([]);
    expect(lintCode({ ...base, language: "fr-FR" }, CODE)).toEqual([]);
    for (const title of ["Community manager", "Chargé·e de communication digitale / community manager", "Office manager (H/F)", "Responsable du pôle web et data"]) {
      expect(lintCode({ ...base, title }, CODE)).toEqual([]);
    }
    const summary = "Vous serez membre de l'équipe et travaillerez avec nos partenaires du projet « Care for the Future » pour construire l'avenir de l'association.";
    expect(lintCode({ ...base, content: { summary } }, CODE)).toEqual([]);
  });
});
