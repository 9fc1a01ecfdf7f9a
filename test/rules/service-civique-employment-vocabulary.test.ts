import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "service-civique/employment-vocabulary";
const sc = (summary: string, title = "Volontaire en service civique"): JobPosting => ({
  ...base,
  title,
  contracts: [{ type: "service-civique", duration: { value: 8, unit: "month" } }],
  pay: { statutory: true },
  content: { summary },
});

describe(CODE, () => {
  it("flags the vocabulary of employment, once per text", () => {
    const [d] = lintCode(sc("Nous recrutons pour ce poste en CDD un volontaire ; salaire selon la grille."), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "warning", path: ["content", "summary"] });
    expect(d!.message).toBe("Vocabulaire de l'emploi dans une offre de service civique (« recrutons », « poste », « CDD », « salaire ») : le service civique n'est pas un emploi (Code du service national, art. L120-7). Parlez de mission, d'indemnité, de volontaire, d'engagement et de candidature.");
    expect(lintCode(sc("Mission de 8 mois", "Poste de volontaire en service civique"), CODE).map((x) => x.path)).toEqual([["title"]]);
    expect(lintCode(sc("Embauche possible à l'issue de la mission."), CODE)).toHaveLength(1);
    expect(lintCode(sc("Un CDI est envisageable à l'issue."), CODE)).toHaveLength(1);
  });

  it("does not match inside other words or in other senses", () => {
    for (const text of [
      "Participer au compostage : le volontaire composte les déchets du jardin partagé.",
      "Travailler sa posture d'animateur et postuler aux projets européens.",
      "Animer des ateliers au CDI du collège avec la documentaliste.",
      "Tenir le poste de secours lors des événements sportifs.",
      "Un poste informatique est mis à disposition.",
      "Partenariat avec La Poste pour la distribution des colis solidaires.",
      "Indemnité de 619,83 € par mois ; la mission est une forme d'engagement.",
    ]) {
      expect(lintCode(sc(text), CODE), text).toEqual([]);
    }
  });

  it("does not flag the staff around the volunteer, a workstation or a negation, and still flags the job vocabulary", () => {
    for (const text of [
      "Vous serez accompagné·e par un tuteur, salarié de l'association.",
      "Vous interviendrez en binôme avec l'équipe salariée.",
      "Vous travaillerez avec les salarié·e·s et les bénévoles de la structure.",
      "Un poste de travail (ordinateur) est mis à disposition.",
      "L'indemnité : ce n'est ni un salaire ni une rémunération, mais une indemnité.",
    ]) {
      expect(lintCode(sc(text), CODE), text).toEqual([]);
    }
    for (const [text, words] of [
      ["Salaire : 600 €", "« Salaire »"],
      ["Poste à pourvoir", "« Poste »"],
      ["CDD de 8 mois", "« CDD »"],
      ["Vous serez salarié de l'association.", "« salarié »"],
      ["Ce n'est pas un salaire ; salaire versé le 5 du mois.", "« salaire »"],
    ] as const) {
      const found = lintCode(sc(text), CODE);
      expect(found.map((d) => d.path), text).toEqual([["content", "summary"]]);
      expect(found[0]!.message).toContain(`(${words})`);
    }
  });

  it("does not judge other contracts", () => {
    expect(lintCode({ ...base, content: { summary: "Poste en CDD, salaire selon profil." } }, CODE)).toEqual([]);
  });
});
