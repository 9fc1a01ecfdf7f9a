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

  it("does not judge other contracts", () => {
    expect(lintCode({ ...base, content: { summary: "Poste en CDD, salaire selon profil." } }, CODE)).toEqual([]);
  });
});
