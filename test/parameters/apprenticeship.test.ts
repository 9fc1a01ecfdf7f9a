import { describe, expect, it } from "vitest";
import { apprenticeAgeLimitExceptions } from "../../src/parameters/apprenticeship/apprenticeAgeLimitExceptions.js";
import { apprenticeMaximumAge } from "../../src/parameters/apprenticeship/apprenticeMaximumAge.js";
import { apprenticeMinimumAge } from "../../src/parameters/apprenticeship/apprenticeMinimumAge.js";
import { apprenticeMinimumAgeAfterCollege } from "../../src/parameters/apprenticeship/apprenticeMinimumAgeAfterCollege.js";
import { apprenticeMinimumPayAt } from "../../src/parameters/apprenticeship/apprenticeMinimumPayAt.js";
import { apprenticePayRates } from "../../src/parameters/apprenticeship/apprenticePayRates.js";
import { valueAt } from "../../src/parameters/valueAt.js";

describe("apprenticePayRates (D6222-26)", () => {
  it("uses the décret 2018-1347 grid for contracts concluded from 2019-01-01", () => {
    const grid = valueAt(apprenticePayRates, "2019-01-01")!.value;
    expect(grid.rates["16-17"]).toEqual([0.27, 0.39, 0.55]);
    expect(grid.rates["18-20"]).toEqual([0.43, 0.51, 0.67]);
    expect(grid.rates["21-25"]).toEqual([0.53, 0.61, 0.78]);
    expect(grid.rates["26+"]).toEqual([1, 1, 1]);
    expect(grid.agreementMinimumFromAge).toBe(21);
  });
  it("keeps the previous grid the day before", () => {
    const grid = valueAt(apprenticePayRates, "2018-12-31")!.value;
    expect(grid.rates["16-17"]).toEqual([0.25, 0.37, 0.53]);
    expect(grid.rates["18-20"]).toEqual([0.41, 0.49, 0.65]);
    expect(grid.agreementMinimumFromAge).toBeNull();
  });
});

describe("apprenticeMinimumPayAt", () => {
  it("18-year-old, 1st year, 2024-06-15: 43 % of 1 766.92 = 759.78 € gross a month", () => {
    const pay = apprenticeMinimumPayAt({ date: "2024-06-15", age: 18, contractYear: 1 })!;
    expect(pay.rate).toBe(0.43);
    expect(pay.monthly).toBe(759.78);
    expect(pay.hourly).toBe(5.01);
    expect(pay.ageBracket).toBe("18-20");
    expect(pay.agreementMinimumApplies).toBe(false);
    expect(pay.smic.monthly).toBe(1766.92);
    expect(pay.verified).toBe(true);
    expect(pay.sources.length).toBeGreaterThan(1);
  });
  it("follows the SMIC change of 2024-11-01", () => {
    expect(apprenticeMinimumPayAt({ date: "2024-10-31", age: 18, contractYear: 1 })!.monthly).toBe(759.78);
    expect(apprenticeMinimumPayAt({ date: "2024-11-01", age: 18, contractYear: 1 })!.monthly).toBe(774.77);
  });
  it("covers each bracket and year", () => {
    expect(apprenticeMinimumPayAt({ date: "2024-06-15", age: 16, contractYear: 1 })!.monthly).toBe(477.07);
    expect(apprenticeMinimumPayAt({ date: "2024-06-15", age: 21, contractYear: 3 })!.monthly).toBe(1378.2);
    const older = apprenticeMinimumPayAt({ date: "2024-06-15", age: 27, contractYear: 2 })!;
    expect(older.rate).toBe(1);
    expect(older.monthly).toBe(1766.92);
    expect(older.agreementMinimumApplies).toBe(true);
    expect(apprenticeMinimumPayAt({ date: "2024-06-15", age: 22, contractYear: 1 })!.agreementMinimumApplies).toBe(true);
  });
  it("pays an apprentice under 16 as a 16–17-year-old (D6222-27)", () => {
    expect(apprenticeMinimumPayAt({ date: "2024-06-15", age: 15, contractYear: 1 })!.ageBracket).toBe("16-17");
  });
  it("uses the grid of the contract's conclusion date", () => {
    const old = apprenticeMinimumPayAt({ date: "2019-06-01", age: 18, contractYear: 1, contractConcludedOn: "2018-12-31" })!;
    expect(old.rate).toBe(0.41);
    expect(old.monthly).toBe(623.7);
    expect(old.verified).toBe(false);
    expect(apprenticeMinimumPayAt({ date: "2019-06-01", age: 18, contractYear: 1, contractConcludedOn: "2019-01-01" })!.rate).toBe(0.43);
  });
  it("returns undefined for bad input", () => {
    expect(apprenticeMinimumPayAt({ date: "2024-02-30", age: 18, contractYear: 1 })).toBeUndefined();
    expect(apprenticeMinimumPayAt({ date: "15/06/2024", age: 18, contractYear: 1 })).toBeUndefined();
    expect(apprenticeMinimumPayAt({ date: "2024-06-15", age: 14, contractYear: 1 })).toBeUndefined();
    expect(apprenticeMinimumPayAt({ date: "2024-06-15", age: 18.5, contractYear: 1 })).toBeUndefined();
    expect(apprenticeMinimumPayAt({ date: "2024-06-15", age: 18, contractYear: 4 })).toBeUndefined();
    expect(apprenticeMinimumPayAt({ date: "2024-06-15", age: 18, contractYear: 0 })).toBeUndefined();
    expect(apprenticeMinimumPayAt({ date: "2024-06-15", age: 18, contractYear: 1, contractConcludedOn: "2024-13-01" })).toBeUndefined();
    expect(apprenticeMinimumPayAt({ date: "2014-12-31", age: 18, contractYear: 1 })).toBeUndefined();
  });
});

describe("apprenticeship age limits (L6222-1, L6222-2)", () => {
  it("16 to 29 révolus, from 15 after collège, from 2019-01-01", () => {
    expect(valueAt(apprenticeMinimumAge, "2019-01-01")?.value).toBe(16);
    expect(valueAt(apprenticeMinimumAgeAfterCollege, "2024-06-15")?.value).toBe(15);
    expect(valueAt(apprenticeMaximumAge, "2019-01-01")?.value).toBe(29);
    expect(valueAt(apprenticeMaximumAge, "2018-12-31")).toBeUndefined();
  });
  it("lists the five L6222-2 exceptions, RQTH without upper limit", () => {
    expect(apprenticeAgeLimitExceptions).toHaveLength(5);
    expect(apprenticeAgeLimitExceptions.find((e) => e.id === "disabled-worker")?.maxAgeAtConclusion).toBeNull();
    expect(apprenticeAgeLimitExceptions.find((e) => e.id === "following-contract")?.maxAgeAtConclusion).toBe(35);
    for (const e of apprenticeAgeLimitExceptions) expect(e.sources.length).toBeGreaterThan(0);
  });
});
