import { describe, expect, it } from "vitest";
import { AGREEMENT_PARAMETERS } from "../../src/agreement/AGREEMENT_PARAMETERS.js";
import { eclatPointValue1 } from "../../src/agreement/eclat/eclatPointValue1.js";
import { eclatPointValue2 } from "../../src/agreement/eclat/eclatPointValue2.js";
import { eclatGrid } from "../../src/agreement/eclat/eclatGrid.js";
import { sportMonthlyMinima } from "../../src/agreement/sport/sportMonthlyMinima.js";
import { alisfaBaseSalary } from "../../src/agreement/alisfa/alisfaBaseSalary.js";
import { alisfaPointValue } from "../../src/agreement/alisfa/alisfaPointValue.js";
import { badPointValue } from "../../src/agreement/bad/badPointValue.js";
import { isIsoDate } from "../../src/parameters/isIsoDate.js";
import { valueAt } from "../../src/parameters/valueAt.js";

describe("agreement parameters", () => {
  it("are well formed: unique ids, sorted dated values, sources on every value, a note on every unverified one", () => {
    const ids = AGREEMENT_PARAMETERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of AGREEMENT_PARAMETERS) {
      expect(p.id).toMatch(/^agreement\.[0-9]{4}\./);
      expect(p.values.length).toBeGreaterThan(0);
      let previous = "";
      for (const v of p.values) {
        expect(isIsoDate(v.effectiveFrom)).toBe(true);
        expect(v.effectiveFrom > previous).toBe(true);
        previous = v.effectiveFrom;
        expect(v.sources.length).toBeGreaterThan(0);
        if (!v.verified) expect(v.note?.length ?? 0).toBeGreaterThan(10);
      }
    }
  });

  it("ÉCLAT V1 and V2 change on the avenants' dates", () => {
    const v1 = (d: string) => valueAt(eclatPointValue1, d)?.value;
    const v2 = (d: string) => valueAt(eclatPointValue2, d)?.value;
    expect(v1("2019-12-31")).toBe(6.24);
    expect(v1("2020-01-01")).toBe(6.32);
    expect(v1("2021-12-31")).toBe(6.32);
    expect(v2("2021-12-31")).toBeUndefined();
    expect([v1("2022-01-01"), v2("2022-01-01")]).toEqual([6.45, 6.37]);
    expect([v1("2022-04-30"), v2("2022-04-30")]).toEqual([6.45, 6.37]);
    // Av. 193: 1 May 2022 for members only; the extension (JORF 22 Jul 2022) binds every employer from 23 July.
    expect([v1("2022-05-01"), v2("2022-05-01")]).toEqual([6.45, 6.37]);
    expect([v1("2022-07-22"), v2("2022-07-22")]).toEqual([6.45, 6.37]);
    expect([v1("2022-07-23"), v2("2022-07-23")]).toEqual([6.61, 6.37]);
    expect(valueAt(eclatPointValue1, "2022-07-23")?.note).toContain("1er mai 2022");
    expect([v1("2023-01-01"), v2("2023-01-01")]).toEqual([6.85, 6.5]);
    expect([v1("2023-12-31"), v2("2023-12-31")]).toEqual([6.85, 6.5]);
    expect([v1("2024-01-01"), v2("2024-01-01")]).toEqual([7.01, 6.6]);
    expect([v1("2025-01-01"), v2("2025-01-01")]).toEqual([7.15, 6.73]);
    expect([v1("2026-01-01"), v2("2026-01-01")]).toEqual([7.23, 6.81]);
    // 2018: not sourced, left empty rather than guessed.
    expect(v1("2018-06-01")).toBeUndefined();
    expect(valueAt(eclatPointValue1, "2017-06-01")?.verified).toBe(false);
  });

  it("ÉCLAT group coefficients change on 2022-01-01, 2022-07-23 (extension of av. 193), 2023-11-26 and 2024-01-01", () => {
    const coef = (d: string, g: string) => valueAt(eclatGrid, d)?.value.rows.find((r) => r.group === g && !r.alternative)?.coefficient;
    expect(coef("2019-10-15", "A")).toBeUndefined();
    expect([coef("2020-06-01", "A"), coef("2020-06-01", "B")]).toEqual([245, 255]);
    expect([coef("2022-01-01", "A"), coef("2022-01-01", "B")]).toEqual([247, 257]);
    expect([coef("2022-07-22", "A"), coef("2022-07-22", "B")]).toEqual([247, 257]);
    expect([coef("2022-07-23", "A"), coef("2022-07-23", "B")]).toEqual([250, 260]);
    expect(coef("2023-11-25", "A")).toBe(250);
    expect(coef("2023-11-26", "A")).toBe(257);
    expect([coef("2023-12-31", "B"), coef("2024-01-01", "B")]).toEqual([260, 265]);
    expect([coef("2024-01-01", "C"), coef("2024-01-01", "D"), coef("2024-01-01", "J")]).toEqual([285, 305, 500]);
    expect(coef("2024-01-01", "K")).toBeUndefined();
  });

  it("Sport, ALISFA and BAD values", () => {
    expect(valueAt(sportMonthlyMinima, "2023-06-30")?.value["1"]).toBe(1717);
    expect(valueAt(sportMonthlyMinima, "2023-07-01")?.value["1"]).toBe(1737);
    expect(valueAt(sportMonthlyMinima, "2026-01-01")?.value["6"]).toBe(2865.97);
    expect(valueAt(alisfaBaseSalary, "2024-01-01")?.value).toBe(22100);
    expect(valueAt(alisfaBaseSalary, "2024-01-01")?.verified).toBe(false);
    expect(valueAt(alisfaPointValue, "2023-12-31")?.value).toBe(57.5);
    expect(valueAt(alisfaPointValue, "2024-01-01")?.value).toBe(55);
    expect(valueAt(badPointValue, "2022-07-31")?.value).toBe(5.62);
    expect(valueAt(badPointValue, "2022-08-01")?.value).toBe(5.77);
  });
});
