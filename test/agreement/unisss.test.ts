import { describe, expect, it } from "vitest";
import { cites, ok } from "./okMinimum.js";

describe("UNISSS (IDCC 0405): coefficient of the group by seniority × point", () => {
  it("2019-06: groupe D, 1re année, 313 × 5,256 € (avenants 01-2019 and 03-2017)", () => {
    const r = ok({ idcc: "0405", classification: { group: "D" }, date: "2019-06-01" });
    expect([r.classification.coefficient, r.conventionalFullTimeMonthly, r.verified]).toEqual([313, 1645.13, true]);
    cites(r, "KALITEXT000038417797");
    cites(r, "KALITEXT000036789593");
  });
  it("2021-06: groupe C after 5 years (6e année), 329 × 5,30 € (avenant 01-2022, retroactive)", () => {
    const r = ok({ idcc: "0405", classification: { group: "C", seniorityYears: 5 }, date: "2021-06-01" });
    expect([r.classification.coefficient, r.conventionalFullTimeMonthly]).toEqual([329, 1743.7]);
  });
  it("2023-03: groupe A, 289 × 5,459 € = 1 577,65 € is below the SMIC + 50 € of avenant 04-2022: 1 709,28 + 50 = 1 759,28 €", () => {
    const r = ok({ idcc: "0405", classification: { group: "A" }, date: "2023-03-01" });
    expect([r.conventionalFullTimeMonthly, r.floor]).toEqual([1759.28, "grid"]);
    expect(r.notes.join(" ")).toMatch(/SMIC mensuel augmenté de 50 €/);
    cites(r, "KALITEXT000047410082");
  });
  it("2022-06, before the SMIC + 50 € clause: groupe A is below the SMIC, which applies", () => {
    const r = ok({ idcc: "0405", classification: { group: "A" }, date: "2022-06-01" });
    expect([r.conventionalFullTimeMonthly, r.floor, r.fullTimeMonthly]).toEqual([1531.7, "smic", 1645.58]);
  });
});
