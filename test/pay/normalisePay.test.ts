import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/jobPosting/JobPostingSchema.js";
import { monthlyGrossRange } from "../../src/pay/monthlyGrossRange.js";
import { normalisePay } from "../../src/pay/normalisePay.js";
import { postingPayContext } from "../../src/pay/postingPayContext.js";

const example = (name: string) => JSON.parse(readFileSync(`examples/${name}.json`, "utf8")) as JobPosting;
const eur = { currency: "EUR" as const };

describe("normalisePay", () => {
  it("turns the SMIC hourly rate into the official monthly figure (35 × 52 / 12 = 151.67 h)", () => {
    const n = normalisePay({ amount: { value: 11.88, ...eur, basis: "gross", period: "hour" } }, { date: "2025-03-01" });
    expect(n.ok && n.monthly).toEqual({ min: 1801.8, max: 1801.8 });
    expect(n.ok && n.annual).toEqual({ min: 21621.6, max: 21621.6 });
    expect(n.ok && n.assumptions.map((a) => a.code)).toEqual(["full-time-assumed"]);
  });

  it("keeps a monthly range and derives hourly figures and a full-time equivalent for part time", () => {
    const n = normalisePay({ amount: { min: 1200, max: 1400, ...eur, basis: "gross", period: "month" } }, { weeklyHours: 28 });
    if (!n.ok) throw new Error(n.message);
    expect(n.monthly).toEqual({ min: 1200, max: 1400 });
    expect(n.hourly).toEqual({ min: 9.89, max: 11.54 }); // 1200 / (28 × 52 / 12)
    expect(n.fullTimeMonthly).toEqual({ min: 1500, max: 1750 });
    expect(n.assumptions).toEqual([]);
  });

  it("divides an annual figure by the months it is paid on", () => {
    const n = normalisePay({ amount: { min: 39000, max: 41000, ...eur, basis: "gross", period: "year", monthsPerYear: 13 } });
    expect(n.ok && n.monthly).toEqual({ min: 3000, max: 3153.85 });
    expect(n.ok && n.annual).toEqual({ min: 39000, max: 41000 });
  });

  it("converts a net figure to gross with an estimate, and says so", () => {
    const n = normalisePay({ amount: { value: 1580, ...eur, basis: "net", period: "month" } }, { date: "2024-06-01", locale: "en" });
    if (!n.ok) throw new Error(n.message);
    expect(n.monthly.min).toBe(2000); // 1580 / (1 − 0.21)
    expect(n.estimated).toBe(true);
    expect(n.assumptions.find((a) => a.code === "net-converted")?.message).toBe(
      "Net amount converted to gross with an estimated employee contribution rate of 21% (estimate).",
    );
  });

  it("assumes gross when the posting does not say, and states it in French by default", () => {
    const n = normalisePay({ amount: { value: 2000, ...eur, period: "month" } }, { weeklyHours: 35 });
    expect(n.ok && n.assumptions).toEqual([
      { code: "gross-assumed", message: "Ni brut ni net précisé : montant supposé brut, comme l'usage des offres en France." },
    ]);
  });

  it("spreads a mission amount over its months, and refuses without a length", () => {
    const fee = { amount: { value: 6500, ...eur, period: "mission" as const } };
    const n = normalisePay(fee, { missionMonths: 4, kind: "fee", weeklyHours: 17.5 });
    expect(n.ok && [n.basis, n.monthly.min, n.hourly.min]).toEqual(["fee", 1625, 21.43]);
    expect(normalisePay(fee)).toMatchObject({ ok: false, reason: "no-mission-length" });
  });

  it("counts a daily rate on days of 7 hours", () => {
    const n = normalisePay({ dailyRate: { value: 350, ...eur, period: "day", tax: "excluding-vat" } }, { kind: "fee" });
    expect(n.ok && [n.hourly.min, n.monthly.min]).toEqual([50, 7583.33]);
  });

  it("reports pay without an amount", () => {
    expect(normalisePay({ negotiable: true })).toMatchObject({ ok: false, reason: "no-amount" });
    expect(monthlyGrossRange({ negotiable: true })).toBeUndefined();
  });
});

describe("normalisePay on the seed examples", () => {
  it("Métropop': 1 700 to 2 000 € gross a month, full time assumed", () => {
    const p = example("metropop-emploi-tremplin");
    expect(monthlyGrossRange(p.pay!, postingPayContext(p, p.contracts[0]))).toEqual({ min: 1700, max: 2000 });
  });

  it("WE-CO: 3 000 € for a 3-month half-time mission is 1 000 € a month, 13.19 € an hour", () => {
    const p = example("we-co-2015");
    const n = normalisePay(p.pay!, postingPayContext(p, p.contracts[0]));
    if (!n.ok) throw new Error(n.message);
    expect([n.basis, n.weeklyHours, n.monthly.min, n.hourly.min, n.fullTimeMonthly.min]).toEqual(["fee", 17.5, 1000, 13.19, 2000]);
  });

  it("La Tresse: 6 500 € over 4 months, the expenses envelope apart", () => {
    const p = example("la-tresse-2024");
    const n = normalisePay(p.pay!, postingPayContext(p, p.contracts[0]));
    expect(n.ok && n.monthly).toEqual({ min: 1625, max: 1625 });
  });

  it("Le Labo de l'ESS states no amount (pay follows the ÉCLAT grid)", () => {
    const p = example("labo-ess-2023");
    expect(normalisePay(p.pay!, postingPayContext(p, p.contracts[0]))).toMatchObject({ ok: false, reason: "no-amount" });
  });
});
