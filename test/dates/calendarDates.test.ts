import { describe, expect, it } from "vitest";
import { isIsoDate } from "../../src/parameters/isIsoDate.js";
import { partialDateBounds } from "../../src/rules/partialDateBounds.js";

describe("isIsoDate", () => {
  it("accepts existing YYYY-MM-DD days, leap days by the Gregorian rule", () => {
    for (const d of ["2024-02-29", "2000-02-29", "1996-02-29", "2023-12-31", "2023-01-01", "2024-04-30", "0001-01-01", "9999-12-31"]) expect(isIsoDate(d), d).toBe(true);
  });

  it("refuses days that do not exist", () => {
    for (const d of ["2023-02-29", "1900-02-29", "2100-02-29", "2024-04-31", "2024-06-31", "2024-00-10", "2024-13-01", "2024-01-00", "2024-01-32"]) expect(isIsoDate(d), d).toBe(false);
  });

  it("refuses other writings: other separators, missing zeros, spaces or a line break around, non-ASCII digits", () => {
    for (const d of ["2024/01/15", "15-01-2024", "2024-1-15", "2024-01-5", "2024-01-15\n", " 2024-01-15", "2024-01-15 ", "２０２４-01-15", "٢٠٢٤-01-15", "+024-01-15", "2024-01-15T00:00", ""]) expect(isIsoDate(d), JSON.stringify(d)).toBe(false);
  });

  it("refuses what is not a string", () => {
    for (const v of [undefined, null, 20240115, new Date("2024-01-15"), ["2024-01-15"], { toString: () => "2024-01-15" }]) expect(isIsoDate(v)).toBe(false);
  });
});

describe("partialDateBounds", () => {
  it("ends February on the 29th in a leap year, the 28th otherwise (2000 leap, 2100 not)", () => {
    expect(partialDateBounds({ date: "2024-02", part: "late" })).toEqual({ first: "2024-02-21", last: "2024-02-29" });
    expect(partialDateBounds({ date: "2023-02" })).toEqual({ first: "2023-02-01", last: "2023-02-28" });
    expect(partialDateBounds({ date: "2000-02" }).last).toBe("2000-02-29");
    expect(partialDateBounds({ date: "2100-02" }).last).toBe("2100-02-28");
  });

  it("gives each month its length, and a year's thirds their months", () => {
    expect(partialDateBounds({ date: "2024-04" }).last).toBe("2024-04-30");
    expect(partialDateBounds({ date: "2024-12", part: "late" })).toEqual({ first: "2024-12-21", last: "2024-12-31" });
    expect(partialDateBounds({ date: "2015-03", part: "mid" })).toEqual({ first: "2015-03-11", last: "2015-03-20" });
    expect(partialDateBounds({ date: "2023", part: "mid" })).toEqual({ first: "2023-05-01", last: "2023-08-31" });
    expect(partialDateBounds({ date: "2023" })).toEqual({ first: "2023-01-01", last: "2023-12-31" });
    expect(partialDateBounds({ date: "2023-09-04" })).toEqual({ first: "2023-09-04", last: "2023-09-04" });
  });
});
