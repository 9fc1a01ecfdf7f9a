import { describe, expect, it } from "vitest";
import { agreementMinimumPay } from "../../src/agreement/agreementMinimumPay.js";
import { cites, ok } from "./okMinimum.js";
const AVENANT_2017_02 = "KALITEXT000035744534";

describe("CCN 51 (IDCC 0029): coefficient de référence × point (avenant n° 2017-02)", () => {
  it("2018-03: aide-soignante, coefficient 359 (1er août 2017) × 4,425 € (1er juillet 2017)", () => {
    const r = ok({ idcc: "0029", classification: { label: "Aide-soignante (H/F)" }, date: "2018-03-01" });
    expect(r.classification.coefficient).toBe(359);
    expect([r.conventionalFullTimeMonthly, r.floor, r.verified]).toEqual([1588.58, "grid", true]);
    cites(r, AVENANT_2017_02);
  });
  it("2019-06: auxiliaire de puériculture, coefficient 367 (1er août 2018) × 4,447 € (1er juillet 2018)", () => {
    const r = ok({ idcc: "0029", classification: { label: "Auxiliaire de puériculture" }, date: "2019-06-01" });
    expect(r.conventionalFullTimeMonthly).toBe(1632.05);
    expect(r.verified).toBe(true);
  });
  it("2020-03: accompagnant éducatif et social, coefficient 351 (1er août 2019) × 4,447 €, above the SMIC's 1 539,42 €", () => {
    const r = ok({ idcc: "0029", classification: { label: "Accompagnant éducatif et social" }, date: "2020-03-01" });
    expect([r.classification.coefficient, r.conventionalFullTimeMonthly, r.floor]).toEqual([351, 1560.9, "grid"]);
    expect(r.notes.join(" ")).toMatch(/ancienneté/);
    cites(r, AVENANT_2017_02);
  });
  it("2022-09: coefficient 376 × 4,58 € of the FEHAP recommendation approved in December 2022: single source, unverified", () => {
    const r = ok({ idcc: "0029", classification: { coefficient: 376 }, date: "2022-09-01" });
    expect(r.conventionalFullTimeMonthly).toBe(1722.08);
    expect(r.verified).toBe(false);
    expect(r.notes.join(" ")).toMatch(/FEHAP members only/);
  });
  it("before the first encoded grid, and a métier not encoded, give no minimum rather than the SMIC", () => {
    const early = agreementMinimumPay({ idcc: "0029", classification: { label: "Aide-soignant" }, date: "2016-06-01" });
    expect(early.ok).toBe(false);
    const other = agreementMinimumPay({ idcc: "0029", classification: { label: "Infirmier" }, date: "2020-06-01" });
    expect(other.ok ? undefined : other.reason).toBe("classification-not-encoded");
  });
});
