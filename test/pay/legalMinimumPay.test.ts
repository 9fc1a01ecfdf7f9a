import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/jobPosting/JobPostingSchema.js";
import { comparePayWithMinimum } from "../../src/pay/comparePayWithMinimum.js";
import { estimateNetPay } from "../../src/pay/estimateNetPay.js";
import { legalMinimumPay } from "../../src/pay/legalMinimumPay.js";
import { microEntrepreneurIncome } from "../../src/pay/microEntrepreneurIncome.js";

const example = (name: string) => JSON.parse(readFileSync(`examples/${name}.json`, "utf8")) as JobPosting;
const eur = { currency: "EUR" as const };
const cdi = (extra: Partial<JobPosting> = {}): JobPosting => ({ title: "Animateur·rice", organisation: { name: "MJC" }, contracts: [{ type: "cdi" }], ...extra });

describe("legalMinimumPay", () => {
  it("is the SMIC for a full-time CDI: 1 801,80 € on 2025-03-01, 1 766,92 € the day before the November 2024 rise", () => {
    expect(legalMinimumPay(cdi(), { date: "2025-03-01" })[0]).toMatchObject({ kind: "smic", basis: "gross", monthly: { min: 1801.8 }, hourly: { min: 11.88 } });
    expect(legalMinimumPay(cdi(), { date: "2024-10-31" })[0]?.monthly?.min).toBe(1766.92);
    expect(legalMinimumPay(cdi(), { date: "2015-03-15" })[0]?.monthly?.min).toBe(1457.52); // 9.61 × 151.67
  });

  it("prorates the SMIC to part time and shows the computation", () => {
    const [m] = legalMinimumPay(cdi({ workingTime: { weeklyHours: { value: 24 } } }), { date: "2024-06-15" });
    expect(m?.monthly?.min).toBe(1211.6); // 11.65 × 24 × 52 / 12
    expect(m?.steps[0]).toBe("SMIC au 2024-01-01 : 11,65\u00a0€ brut de l'heure × 104 h par mois (24 h × 52 / 12) = 1\u202f211,60\u00a0€ brut par mois.");
    expect(m?.sources[0]?.url).toContain("legifrance.gouv.fr");
  });

  it("uses Mayotte's SMIC for a job in département 976", () => {
    const p = cdi({ location: { places: [{ address: { commune: "Mamoudzou", departement: "976", country: "FR" } }] } });
    expect(legalMinimumPay(p, { date: "2026-01-15" })[0]?.hourly?.min).toBe(9.33);
  });

  it("takes the ÉCLAT grid when it is above the SMIC: group B in June 2024", () => {
    const p = cdi({ collectiveAgreement: { idcc: "1518", classification: { group: "B" } } });
    const [m] = legalMinimumPay(p, { date: "2024-06-01" });
    expect(m).toMatchObject({ kind: "agreement", monthly: { min: 1854.37 }, smicMonthly: 1766.92 });
    expect(m?.steps[1]).toContain("257 × 7,01\u00a0€");
  });

  it("reports the Labo de l'ESS's 'Employé A 255', which matches no ÉCLAT rung in 2023, and falls back to the SMIC", () => {
    const [m] = legalMinimumPay(example("labo-ess-2023"), { date: "2023-07-01" });
    expect(m).toMatchObject({ kind: "smic", monthly: { min: 1747.2 } });
    expect(m?.notes.some((n) => n.includes("Employé A 255"))).toBe(true);
  });

  it("gives the service-civique indemnity, net: 504,98 + 114,85 € in 2024", () => {
    const [m] = legalMinimumPay(example("cga-service-civique"), { date: "2024-06-01" });
    expect(m).toMatchObject({ kind: "service-civique-indemnity", basis: "net", monthly: { min: 619.83, max: 619.83 } });
  });

  it("gives the CGA offer both minima: apprenticeship by age (a range when the age is unknown) and the stage gratification", () => {
    const [apprentice, stage] = legalMinimumPay(example("cga-stage-apprentissage"), { date: "2024-06-01" });
    expect(apprentice).toMatchObject({ kind: "apprenticeship", monthly: { min: 477.07, max: 1766.92 } }); // 27 % … 100 % of 1 766,92
    expect(stage).toMatchObject({ kind: "stage-gratification", hourly: { min: 4.35 }, monthly: { min: 659.75 } }); // 4,35 € × 151,67 h
    const [eighteen] = legalMinimumPay(example("cga-stage-apprentissage"), { date: "2024-06-15", age: 18 });
    expect(eighteen?.monthly).toEqual({ min: 759.78, max: 759.78 }); // 43 % of 1 766,92
  });

  it("has none for a stage of two months or less, a freelance mission or bénévolat, and says why", () => {
    const short = cdi({ contracts: [{ type: "stage", duration: { value: 2, unit: "month" } }] });
    expect(legalMinimumPay(short, { date: "2024-06-01" })[0]).toMatchObject({ kind: "none" });
    const [weco] = legalMinimumPay(example("we-co-2015"));
    expect(weco).toMatchObject({ kind: "none", contractType: "freelance" });
    expect(weco?.notes[0]).toContain("aucun salaire minimum légal");
    expect(legalMinimumPay(cdi({ contracts: [{ type: "benevolat" }] }), { locale: "en" })[0]?.notes).toEqual(["Volunteering (bénévolat): unpaid."]);
  });

  it("says so when no value is known at the date, instead of guessing", () => {
    const [m] = legalMinimumPay(cdi(), { date: "1990-01-01" });
    expect(m).toMatchObject({ kind: "none", verified: false });
    expect(m?.notes[0]).toBe("Aucune valeur de référence (SMIC) n'est connue à la date du 1990-01-01.");
  });
});

describe("comparePayWithMinimum on the six seed examples", () => {
  it("Métropop': 1 700–2 000 € meets the 2015 SMIC (1 457,52 €) but not the 2026 one (1 867,02 €)", () => {
    const p = example("metropop-emploi-tremplin");
    expect(comparePayWithMinimum(p, { date: "2015-06-01" })[0]).toMatchObject({ status: "meets", statedMonthly: { min: 1700, max: 2000 } });
    const [now] = comparePayWithMinimum(p, { date: "2026-06-01" });
    expect(now).toMatchObject({ status: "partly-below", shortfall: 167.02 });
    expect(now?.message).toBe("Le bas de la fourchette (1\u202f700,00\u00a0€ par mois) est inférieur au minimum de 1\u202f867,02\u00a0€.");
  });

  it("the freelance missions (WE-CO, La Tresse) have no legal minimum to compare with", () => {
    for (const name of ["we-co-2015", "la-tresse-2024"]) expect(comparePayWithMinimum(example(name))[0]?.status).toBe("not-applicable");
  });

  it("Le Labo de l'ESS, the CGA offers: no amount stated, a minimum computed all the same", () => {
    for (const name of ["labo-ess-2023", "cga-service-civique", "cga-stage-apprentissage"]) {
      for (const c of comparePayWithMinimum(example(name), { date: "2024-06-01" })) {
        expect(c.status).toBe("no-amount");
        expect(c.minimum.monthly?.min).toBeGreaterThan(0);
      }
    }
  });

  it("flags a service-civique indemnity below the legal amount, compared net to net", () => {
    const p: JobPosting = { ...example("cga-service-civique"), pay: { amount: { value: 580, ...eur, basis: "net", period: "month" } } };
    expect(comparePayWithMinimum(p, { date: "2024-06-01" })[0]).toMatchObject({ status: "below", shortfall: 39.83 });
  });
});

describe("estimates", () => {
  it("estimates net from gross, labelled as an estimate", () => {
    expect(estimateNetPay(2000, { date: "2024-01-01" })).toMatchObject({ estimate: true, net: 1580, rate: 0.21 });
    expect(estimateNetPay(4000, { status: "cadre", date: "2024-01-01" })?.net).toBe(3000);
    expect(estimateNetPay(-1)).toBeUndefined();
    expect(estimateNetPay(Number.NaN)).toBeUndefined();
  });

  it("gives a micro-entrepreneur's income after contributions: La Tresse's 6 500 € fee in February 2024 (BNC 21,1 %)", () => {
    expect(microEntrepreneurIncome(6500, { date: "2024-02-05" })).toMatchObject({ contributions: 1371.5, income: 5128.5, contributionRate: 0.211, exceedsCeiling: false });
    expect(microEntrepreneurIncome(6500, { date: "2024-07-01" })?.contributionRate).toBe(0.231);
    expect(microEntrepreneurIncome(100000, { date: "2024-07-01" })?.exceedsCeiling).toBe(true);
    expect(microEntrepreneurIncome(6500, { date: "not a date" })).toBeUndefined();
  });
});
