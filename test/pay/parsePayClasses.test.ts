import { describe, expect, it } from "vitest";
import { parsePay } from "../../src/index.js";
import { measureTimeGrowth } from "../support/timeGrowth.js";

/** The classes of phrases issue 12's review found parsePay could not read (the review's own phrases). */
const read = (text: string) => {
  const r = parsePay(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.code} ${r.error.message}`);
  const { text: _t, ...pay } = r.pay;
  return { pay, collectiveAgreement: r.collectiveAgreement };
};

describe("parsePay: grid references keep the IDCC and the classification", () => {
  it("reads a coefficient, an index, a group, a cotation, a pesée, and an IDCC", () => {
    expect(read("Coefficient 434 de la CCN 66")).toEqual({ pay: { followsAgreement: true }, collectiveAgreement: { idcc: "0413", classification: { coefficient: 434 } } });
    expect(read("Indice 350 CCN 51").collectiveAgreement).toEqual({ idcc: "0029", classification: { coefficient: 350 } });
    expect(read("Grille ÉCLAT groupe C").collectiveAgreement).toEqual({ idcc: "1518", classification: { group: "C" } });
    expect(read("Convention collective des missions locales, cotation 14").collectiveAgreement).toEqual({ idcc: "2190", classification: { coefficient: 14 } });
    expect(read("Pesée 396 de la convention ALISFA").collectiveAgreement).toEqual({ idcc: "1261", classification: { coefficient: 396 } });
    expect(read("Selon CCN IDCC 1518, groupe B coefficient 280").collectiveAgreement).toEqual({ idcc: "1518", classification: { coefficient: 280, group: "B" } });
  });

  it("names no agreement when none is named, and never takes the civil service's grid for one", () => {
    expect(read("Selon grille").collectiveAgreement).toBeUndefined();
    expect(read("Grille indiciaire de la FPT")).toEqual({ pay: { statutory: true }, collectiveAgreement: undefined });
  });
});

describe("parsePay: the other classes of the review", () => {
  it("reads a range written with identical ends, and English board words", () => {
    expect(read("2 000 € - 2 000 € gross (Monthly)").pay).toEqual({ amount: { value: 2000, currency: "EUR", period: "month", basis: "gross" } });
    expect(read("€30K - €35K gross (Yearly)").pay).toEqual({ amount: { min: 30000, max: 35000, currency: "EUR", period: "year", basis: "gross" } });
    expect(read("15 € per hour").pay).toEqual({ amount: { value: 15, currency: "EUR", period: "hour" } });
  });

  it("reads an amount with its weekly hours", () => {
    expect(read("1 000 € net par mois pour 18 heures par semaine").pay).toEqual({ amount: { value: 1000, currency: "EUR", period: "month", basis: "net", weeklyHours: 18 } });
    expect(read("1 250 € brut mensuel pour 24h hebdomadaires").pay.amount?.weeklyHours).toBe(24);
  });

  it("reads K€ and k€/an", () => {
    expect(read("32 k€/an").pay).toEqual({ amount: { value: 32000, currency: "EUR", period: "year" } });
    expect(read("28-32K€ brut/an").pay).toEqual({ amount: { min: 28000, max: 32000, currency: "EUR", period: "year", basis: "gross" } });
  });

  it("reads a service-civique indemnity as its State and host parts", () => {
    expect(read("Indemnité de service civique : 504,98 € net par mois versés par l'État et 114,85 € par la structure d'accueil").pay).toEqual({
      statutory: true,
      serviceCiviqueIndemnity: {
        state: { value: 504.98, currency: "EUR", period: "month", basis: "net" },
        host: { value: 114.85, currency: "EUR", period: "month", basis: "net" },
      },
    });
  });

  it("grows linearly with the text, up to its 1 000-character cap, on phrases of every class", () => {
    const unit = "SMIC + 10 % coefficient 434 de la CCN 66, 1 000 € net pour 18 heures par semaine, € gross (Monthly) ; ";
    const { ratios } = measureTimeGrowth(
      (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size),
      (text: string) => {
        for (let i = 0; i < 20; i++) parsePay(text);
      },
      { sizes: [100, 1000] },
    );
    // Ten times the text: about ten times the time when linear, a hundred when quadratic.
    expect(ratios[0]).toBeLessThan(40);
  });
});
