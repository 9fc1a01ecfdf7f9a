import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "pay/below-smic";
const paid = (amount: NonNullable<JobPosting["pay"]>["amount"], extra: Partial<JobPosting> = {}): JobPosting => ({ ...base, pay: { amount: amount! }, ...extra });

describe(CODE, () => {
  it("flags 1 500 € gross a month full time in February 2024 (SMIC 1 766,92 €)", () => {
    const [d] = lintCode(paid({ value: 1500, currency: "EUR", basis: "gross", period: "month" }), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["pay", "amount", "value"] });
    expect(d!.message).toBe(
      "Le salaire indiqué (1\u202f500\u00a0€ brut par mois pour 35 h par semaine) est inférieur au SMIC (1\u202f766,92\u00a0€ brut par mois, valeur en vigueur depuis le 2024-01-01).",
    );
  });

  it("judges at the posting's date: 11,65 € an hour is the SMIC on 2024-10-31 and below it on 2024-11-01", () => {
    const hourly = { value: 11.65, currency: "EUR" as const, basis: "gross" as const, period: "hour" as const };
    expect(lintCode(paid(hourly, { dates: { posted: "2024-10-31" } }), CODE)).toEqual([]);
    const [d] = lintCode(paid(hourly, { dates: { posted: "2024-11-01" } }), CODE, { locale: "en" });
    expect(d?.message).toBe("The stated pay (€1,766.92 gross a month for 35 h a week) is below the SMIC (€1,801.80 gross a month, the value in force since 2024-11-01).");
  });

  it("judges postings of alternating dates each by its own SMIC and legal week (the readings remembered by date never leak)", () => {
    const hourly = { value: 11.65, currency: "EUR" as const, basis: "gross" as const, period: "hour" as const };
    for (let round = 0; round < 3; round++) {
      expect(lintCode(paid(hourly, { dates: { posted: "2024-10-31" } }), CODE)).toEqual([]);
      expect(lintCode(paid(hourly, { dates: { posted: "2024-11-01" } }), CODE, { locale: "en" }).map((d) => d.message)).toEqual([
        "The stated pay (€1,766.92 gross a month for 35 h a week) is below the SMIC (€1,801.80 gross a month, the value in force since 2024-11-01).",
      ]);
      // Mayotte's SMIC (9.33 € an hour on 2026-01-01) is below 11,65 €: no finding there, the same day as one in metropolitan France.
      const mayotte = { location: { places: [{ address: { postalCode: "97600" } }] } } as Partial<JobPosting>;
      expect(lintCode(paid(hourly, { dates: { posted: "2026-01-01" }, ...mayotte }), CODE)).toEqual([]);
      expect(lintCode(paid(hourly, { dates: { posted: "2026-01-01" } }), CODE)).toHaveLength(1);
    }
  });

  it("prorates to part time: 1 050 € for 20 h a week is above the SMIC (1 009,67 €), for 28 h it is below (1 413,53 €)", () => {
    const amount = { value: 1050, currency: "EUR" as const, basis: "gross" as const, period: "month" as const };
    expect(lintCode(paid(amount, { workingTime: { weeklyHours: { value: 20 } } }), CODE)).toEqual([]);
    expect(lintCode(paid(amount, { workingTime: { weeklyHours: { value: 28 } } }), CODE).map((d) => d.path)).toEqual([["pay", "amount", "value"]]);
  });

  it("flags the lower bound of a range (Métropop' judged in 2026) but not a range above the SMIC", () => {
    const range = { min: 1700, max: 2000, currency: "EUR" as const, basis: "gross" as const, period: "month" as const };
    expect(lintCode(paid(range, { dates: { posted: "2026-03-01" } }), CODE).map((d) => d.path)).toEqual([["pay", "amount", "min"]]);
    expect(lintCode(paid(range, { dates: { posted: "2015-03-15" } }), CODE)).toEqual([]);
  });

  it("flags a net figure only when it is below even with the highest contribution rate", () => {
    const net = (value: number) => paid({ value, currency: "EUR", basis: "net", period: "month" }, { dates: { posted: "2024-06-01" } });
    expect(lintCode(net(1400), CODE)).toEqual([]); // 1 400 / 0.75 = 1 866,67 ≥ 1 766,92
    expect(lintCode(net(1300), CODE)).toHaveLength(1); // 1 300 / 0.75 = 1 733,33 < 1 766,92
  });

  it("does not judge freelance fees, service civique or stages", () => {
    const amount = { value: 500, currency: "EUR" as const, period: "month" as const };
    for (const contract of [{ type: "freelance" as const }, { type: "service-civique" as const }, { type: "stage" as const }])
      expect(lintCode(paid(amount, { contracts: [contract] }), CODE)).toEqual([]);
  });
});
