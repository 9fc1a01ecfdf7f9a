import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "freelance/subordination-risk";
const mission = (content: JobPosting["content"], duration = 4): JobPosting => ({
  ...base,
  contracts: [{ type: "freelance", status: "micro-entrepreneur", duration: { value: duration, unit: "month" }, invoiceRequired: true }],
  pay: { amount: { value: 6500, currency: "EUR", period: "mission" } },
  ...(content ? { content } : {}),
});

describe(CODE, () => {
  it("flags a freelancer made a full member of the team (WE-CO, 2015)", () => {
    const [d] = lintCode(mission({ summary: "En tant que chargé de mission, vous serez membre à part entière de l'équipe porteuse du projet." }), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "warning", path: ["content", "summary"] });
    expect(d!.message).toBe("Risque de requalification en contrat de travail : le prestataire est intégré à l'équipe (« membre à part entière de l'équipe »). Un prestataire indépendant organise lui-même son travail ; s'il travaille sous l'autorité du client, qui lui donne des ordres, en contrôle l'exécution et peut le sanctionner, la mission est un emploi salarié déguisé (Code du travail, art. L8221-6 ; Cass. soc., 13 novembre 1996, n° 94-13.187).");
  });

  it("flags a supervisor, imposed hours, exclusivity and a mission of more than 12 months", () => {
    const p = mission({ context: "Sous la responsabilité de la directrice.", profile: "Horaires fixes : présence de 9h à 17h. Mission à titre exclusif." }, 18);
    const found = lintCode(p, CODE);
    expect(found.map((d) => [d.code, d.severity, d.path])).toEqual([
      [CODE, "warning", ["content", "context"]],
      [CODE, "warning", ["content", "profile"]],
      [CODE, "warning", ["content", "profile"]],
      [CODE, "warning", ["contracts", 0, "duration"]],
    ]);
    expect(found.map((d) => d.message.split(". ")[0])).toEqual([
      "Risque de requalification en contrat de travail : le prestataire travaille sous l'autorité d'une personne (« Sous la responsabilité »)",
      "Risque de requalification en contrat de travail : des horaires sont imposés (« Horaires fixes »)",
      "Risque de requalification en contrat de travail : la mission est exclusive (« à titre exclusif »)",
      "Risque de requalification en contrat de travail : la mission dure plus de 12 mois (18 mois)",
    ]);
  });

  it("reads the structured reporting line: regular activity reports to a designated person (La Tresse, 2024)", () => {
    const p: JobPosting = { ...mission(undefined), reporting: { reportsTo: "un pilote, membre du bureau", regularReports: true } };
    const [d] = lintCode(p, CODE);
    expect(d).toMatchObject({ code: CODE, severity: "warning", path: ["reporting", "reportsTo"] });
    expect(d!.message.split(". ")[0]).toBe(
      "Risque de requalification en contrat de travail : le prestataire rend régulièrement compte de son activité à une personne désignée (« un pilote, membre du bureau »), signe d'un contrôle de l'exécution",
    );
    expect(lintCode({ ...p, reporting: { team: "équipe Projets" } }, CODE)).toEqual([]);
  });

  it("does not take negated signs, one-off session times or things for signs (reviewer's cases)", () => {
    for (const text of [
      "Aucune exclusivité demandée.",
      "Sans exclusivité : vous pouvez travailler pour d'autres clients.",
      "Vous organisez votre travail sans lien de subordination ni horaires imposés.",
      "Animation d'ateliers le samedi de 10h à 12h.",
      "Formation de 2 jours, de 9h à 17h.",
      "La mission est encadrée par une convention de prestation.",
      "Mission rattachée au programme Erasmus+.",
    ]) {
      expect(lintCode(mission({ summary: text }), CODE), text).toEqual([]);
    }
  });

  it("still flags recurring hours, exclusivity and a person or role one reports to", () => {
    const cases: [string, string][] = [
      ["Présence du lundi au vendredi de 9h à 17h.", "des horaires sont imposés (« de 9h à 17h »)"],
      ["Ateliers tous les samedis de 10h à 12h.", "des horaires sont imposés (« de 10h à 12h »)"],
      ["Exclusivité demandée pendant la mission.", "la mission est exclusive (« Exclusivité »)"],
      ["Vous serez encadrée par la directrice.", "le prestataire travaille sous l'autorité d'une personne (« encadrée par la directrice »)"],
      ["Vous serez rattaché au responsable du pôle.", "le prestataire travaille sous l'autorité d'une personne (« rattaché au responsable »)"],
      ["Sans exclusivité ; horaires fixes.", "des horaires sont imposés (« horaires fixes »)"],
    ];
    for (const [summary, sign] of cases) {
      const found = lintCode(mission({ summary }), CODE);
      expect(found.map((d) => d.path), summary).toEqual([["content", "summary"]]);
      expect(found[0]!.message.split(". ")[0]).toBe(`Risque de requalification en contrat de travail : ${sign}`);
    }
  });

  it("reads a time range whatever white space stands between an hour's digit and its h, in any case", () => {
    for (const space of ["", " ", "\u00a0", "\u202f", "\t"]) {
      const summary = `Présence du lundi au vendredi de 9${space}h à 17${space}H.`;
      expect(lintCode(mission({ summary }), CODE).map((d) => d.path), JSON.stringify(summary)).toEqual([["content", "summary"]]);
    }
    expect(lintCode(mission({ summary: "Présence du lundi au vendredi de 9 à 17 heures." }), CODE)).toEqual([]);
  });

  it("reads a time range opened by « entre » or « de » in any case, two digits or one, with minutes", () => {
    for (const summary of ["Chaque matin ENTRE 9 h et 12 h.", "Tous les jours, De 10h30 à 12h.", "Du lundi au vendredi entre 14h-18h.", "Présence quotidienne de 8h45 à 9h."]) {
      expect(lintCode(mission({ summary }), CODE).map((d) => d.message.includes("des horaires sont imposés")), summary).toEqual([true]);
    }
  });

  it("accepts an independent mission, and does not judge employees", () => {
    expect(lintCode(mission({ summary: "Vous organisez librement votre travail et travaillerez en lien avec le bureau de l'association." }), CODE)).toEqual([]);
    expect(lintCode({ ...base, content: { summary: "Membre à part entière de l'équipe, sous la responsabilité du directeur." } }, CODE)).toEqual([]);
  });
});
