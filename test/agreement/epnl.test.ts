import { describe, expect, it } from "vitest";
import { agreementMinimumPay } from "../../src/agreement/agreementMinimumPay.js";
import { cites, ok } from "./okMinimum.js";

describe("EPNL (IDCC 3218): points of the poste × point EPNL, an annual minimum", () => {
  it("2022-10: strate III, 5 degrés, 1 200 × 18,42 € = 22 104 € a year, 1 842 € a month (accord n° 2022-1)", () => {
    const r = ok({ idcc: "3218", classification: { group: "III", level: 5 }, date: "2022-10-01" });
    expect([r.classification.coefficient, r.conventionalFullTimeMonthly, r.floor, r.verified]).toEqual([1200, 1842, "grid", true]);
    cites(r, "KALITEXT000046366564");
    cites(r, "KALIARTI000048349252");
  });
  it("2023-06: strate IV, 10 degrés (2 000 points), 36 840 € a year", () => {
    expect(ok({ idcc: "3218", classification: { group: "IV", level: 10 }, date: "2023-06-01" }).conventionalFullTimeMonthly).toBe(3070);
  });
  it("2024-06: strate I, 4 degrés, 1 070 points = 1 642,45 € a month, below the SMIC, which applies", () => {
    const r = ok({ idcc: "3218", classification: { coefficient: 1070 }, date: "2024-06-01" });
    expect([r.conventionalFullTimeMonthly, r.floor, r.fullTimeMonthly]).toEqual([1642.45, "smic", 1766.92]);
  });
  it("before September 2022 no point value is encoded", () => {
    expect(agreementMinimumPay({ idcc: "3218", classification: { group: "III", level: 5 }, date: "2022-06-01" }).ok).toBe(false);
  });
});
