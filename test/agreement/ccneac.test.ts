import { describe, expect, it } from "vitest";
import { agreementMinimumPay } from "../../src/agreement/agreementMinimumPay.js";
import { cites, ok } from "./okMinimum.js";

describe("Entreprises artistiques et culturelles (IDCC 1285): non-artistic staff by groupe and échelon (extended accords)", () => {
  it("2022-01: groupe 9, échelon 1, set at 1 589,47 € by the accord of 8 December 2021 (its table's 1 574,92 € was below the SMIC)", () => {
    const r = ok({ idcc: "1285", classification: { group: "9", level: 1 }, date: "2022-01-15" });
    expect([r.conventionalFullTimeMonthly, r.verified]).toEqual([1589.47, true]);
    cites(r, "KALITEXT000045694578");
  });
  it("2022-09: groupe 4, échelon 3, 2 331,48 € (accord du 16 mai 2022, from 1 June 2022)", () => {
    const r = ok({ idcc: "1285", classification: { group: "4", level: 3 }, date: "2022-09-01" });
    expect(r.conventionalFullTimeMonthly).toBe(2331.48);
    cites(r, "KALITEXT000046265829");
  });
  it("2023-09: groupe 1, échelon 1, 3 435,87 € (accord du 28 avril 2023, from 1 June 2023); the note says what binds a non-member", () => {
    const r = ok({ idcc: "1285", classification: { group: "1", level: 1 }, date: "2023-09-01" });
    expect([r.conventionalFullTimeMonthly, r.floor]).toEqual([3435.87, "grid"]);
    expect(r.notes.join(" ")).toMatch(/non-member/);
    cites(r, "KALITEXT000047792499");
  });
  it("before December 2021 no grid is encoded: no minimum rather than a guess", () => {
    expect(agreementMinimumPay({ idcc: "1285", classification: { group: "5", level: 1 }, date: "2021-06-01" }).ok).toBe(false);
  });
});
