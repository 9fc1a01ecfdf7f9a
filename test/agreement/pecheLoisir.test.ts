import { describe, expect, it } from "vitest";
import { agreementMinimumPay } from "../../src/agreement/agreementMinimumPay.js";
import { cites, ok } from "./okMinimum.js";

describe("Pêche de loisir (IDCC 3203): an amount per niveau and échelon, non-extended avenants", () => {
  it("2020-06: niveau I, 1 573,73 € (avenant n° 9), above the SMIC's 1 539,42 €", () => {
    const r = ok({ idcc: "3203", classification: { group: "I" }, date: "2020-06-01" });
    expect([r.conventionalFullTimeMonthly, r.floor, r.verified]).toEqual([1573.73, "grid", true]);
    cites(r, "KALITEXT000042096455");
  });
  it("2022-09: niveau IV, 2e échelon, 2 017,44 € (avenant n° 12, 1er août 2022)", () => {
    const r = ok({ idcc: "3203", classification: { group: "IV", level: 2 }, date: "2022-09-01" });
    expect(r.conventionalFullTimeMonthly).toBe(2017.44);
    expect(r.notes.join(" ")).toMatch(/non étendus/);
    cites(r, "KALITEXT000046599630");
  });
  it("2023-06: niveau VI, 3e échelon, 3 083,77 € (avenant n° 13)", () => {
    const r = ok({ idcc: "3203", classification: { group: "VI", level: 3 }, date: "2023-06-01" });
    expect(r.conventionalFullTimeMonthly).toBe(3083.77);
    cites(r, "KALITEXT000047348878");
  });
  it("a niveau without its échelon is ambiguous", () => {
    const r = agreementMinimumPay({ idcc: "3203", classification: { group: "V" }, date: "2023-06-01" });
    expect(r.ok ? undefined : r.reason).toBe("classification-ambiguous");
  });
});
