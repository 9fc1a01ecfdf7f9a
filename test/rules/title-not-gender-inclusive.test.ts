import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GENDERED_JOB_NOUNS } from "../../src/rules/genderedJobNouns.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "title/not-gender-inclusive";
const flagged = (title: string) => lintCode({ ...base, title }, CODE).map((d) => d.path);

describe(CODE, () => {
  it("flags a masculine-only title (Métropop')", () => {
    const [d] = lintCode({ ...base, title: "Chargé de gestion des projets participatifs métropolitains" }, CODE);
    expect(d).toMatchObject({ code: CODE, severity: "warning", path: ["title"] });
    expect(d!.message).toBe("L'intitulé désigne le poste au masculin seulement (« chargé ») : une offre ne peut pas mentionner le sexe du candidat recherché (Code du travail, art. L1142-1). Ajoutez « H/F » ou « F/H », écrivez les deux formes (« chargé·e », « animateur ou animatrice ») ou choisissez un intitulé épicène.");
  });

  it("gives its message in English on request", () => {
    const [d] = lintCode({ ...base, title: "Animateur périscolaire" }, CODE, { locale: "en" });
    expect(d!.message).toBe('The title names the job in the masculine only ("animateur"): an offer may not mention the sex of the candidate sought (Code du travail, art. L1142-1). Add "H/F" or "F/H", write both forms ("chargé·e", "animateur ou animatrice") or choose an epicene title.');
  });

  it("does not judge feminine-only titles", () => {
    for (const title of ["Animatrice périscolaire", "Assistante de direction", "Cheffe de projet", "Formatrice FLE", "Hôtesse d'accueil", "Directrice adjointe", "Conseillère en économie sociale familiale"]) {
      expect(flagged(title), title).toEqual([]);
    }
  });

  it("judges the title noun by noun: one marked noun does not clear another", () => {
    for (const [title, word] of [
      ["Chargé·e de mission et animateur réseau", "animateur"],
      ["Coordinateur / Chargé·e de communication", "coordinateur"],
      ["Animateur·rice jeunesse, éducateur spécialisé", "éducateur"],
    ] as const) {
      const [d] = lintCode({ ...base, title }, CODE);
      expect(d, title).toMatchObject({ code: CODE, path: ["title"] });
      expect(d!.message, title).toContain(`(« ${word} »)`);
    }
  });

  it("accepts Homme/Femme, feminine-first marks and adjectives after another noun", () => {
    for (const title of [
      "Agent d'entretien Homme/Femme",
      "Chauffeur livreur (Homme / Femme)",
      "Coordinatrice·eur de projets",
      "Animatrice/teur jeunesse",
      "Conseillère·er en insertion professionnelle",
      "Technicienne·ien de maintenance",
      "Responsable adjoint du pôle accueil",
      "Infographiste référent",
    ]) {
      expect(flagged(title), title).toEqual([]);
    }
  });

  it("flags real titles that name one gender", () => {
    for (const title of [
      "Chef de projet",
      "Agent d'accueil",
      "Conseiller en insertion professionnelle",
      "Assistant de direction",
      "Educateur spécialisé",
      "EDUCATEUR SPECIALISE",
      "Stage - Chargé de communication",
      "Délégué général",
      "Coordinateur de l'incubateur",
      "Directeur adjoint",
      "Travailleur social",
      "Aide-soignant",
      "Développeur web",
      "Chef de service éducatif",
    ]) {
      expect(flagged(title), title).toEqual([["title"]]);
    }
  });

  it("reads hôte / hôtesse as a pair, judges the head of each part only, and ignores the plural public after it", () => {
    for (const title of [
      "Hôte / Hôtesse d'accueil",
      "Hôte ou hôtesse d'accueil",
      "Hôtesse ou hôte d'accueil",
      "Steward / hôtesse",
      "Responsable accueil femmes victimes de violences",
      "Responsable accompagnement salariés",
    ]) {
      expect(flagged(title), title).toEqual([]);
    }
    for (const title of ["Hôte d'accueil", "Travailleurs sociaux", "Responsable accompagnement salarié"]) {
      expect(flagged(title), title).toEqual([["title"]]);
    }
  });

  it("does not take the parts of a hyphenated place name for a feminine ending", () => {
    const [d] = lintCode({ ...base, title: "Agent d'entretien Villeneuve-le-Roi" }, CODE);
    expect(d).toMatchObject({ code: CODE, path: ["title"] });
    expect(d!.message).toContain("(« agent »)");
    expect(flagged("Animateur Issy-les-Moulineaux")).toEqual([["title"]]);
    expect(flagged("Agent·e d'entretien Villeneuve-le-Roi")).toEqual([]);
    expect(flagged("Chargé-e de mission Villeneuve-le-Roi")).toEqual([]);
  });

  it("reads the noun after a lead-in (« Recrutement d'un … ») and nouns prefixed with co- (real corpus titles)", () => {
    for (const title of ["Recrutement d'un consultant — Evaluation finale du projet", "Cocoordinateur - Responsable socioculturel", "Ripeur éligible à l'IAE"]) {
      expect(flagged(title), title).toEqual([["title"]]);
    }
    for (const title of ["Recrutement d'un·e consultant·e", "Recherche animateur H/F", "Cocoordinateur·rice", "Ripeur / Ripeuse", "Recherche de financements"]) {
      expect(flagged(title), title).toEqual([]);
    }
  });

  it("states the real size of its noun list in the doc page", () => {
    const doc = readFileSync(join(import.meta.dirname, "..", "..", "docs", "rules", "title-not-gender-inclusive.md"), "utf8");
    expect(doc).toContain(`a list of ${GENDERED_JOB_NOUNS.length} French job nouns`);
  });

  it("accepts marked, doubled and epicene titles, and the five inclusive seed titles", () => {
    for (const title of [
      "Chargé.e de projet territoires – Mission Services Civiques",
      "Apprentissage ou stage, chargé.e de communication et animation",
      "Chargé·e de mission coordination / communication",
      "Chargé·e des projets collectifs",
      "Project leader for an innovative social business",
      "Animateur·rice jeunesse",
      "Animateur.ice",
      "Animateur(trice) BAFA",
      "Animateur ou animatrice",
      "Animateur/Animatrice périscolaire",
      "Directeur H/F",
      "Directeur (F/H)",
      "Conseiller en insertion professionnelle (H/F)",
      "Assistant(e) de direction",
      "Chargé-e de communication",
      "CHARGÉ.E DE COMMUNICATION",
      "Coordinateur-rice de projets",
      "Technicien·ne",
      "Infirmier/ère",
      "Agent·e d'entretien",
      "Délégué·e général·e",
      "Responsable administratif et financier",
      "Responsable de l'accueil des habitants",
      "Responsable maison des femmes",
      "Responsable de l'incubateur",
      "Secrétaire",
      "Comptable",
      "Bénévole accueil",
      "Juriste droit du travail",
      "Volontaire en service civique",
      "Stage communication digitale",
      "Gestionnaire paie RH/Paie",
      "Office manager",
    ]) {
      expect(flagged(title), title).toEqual([]);
    }
  });
});
