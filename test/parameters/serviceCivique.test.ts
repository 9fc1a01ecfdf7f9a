import { describe, expect, it } from "vitest";
import { serviceCiviqueIndemnityAt } from "../../src/parameters/serviceCivique/serviceCiviqueIndemnityAt.js";
import { serviceCiviqueMajorationConditions } from "../../src/parameters/serviceCivique/serviceCiviqueMajorationConditions.js";
import { serviceCiviqueRulesAt } from "../../src/parameters/serviceCivique/serviceCiviqueRulesAt.js";

describe("serviceCiviqueIndemnityAt", () => {
  it.each([
    ["2018-01-01", 473.04, 107.58, 107.68, 580.62, true],
    ["2022-06-30", 473.04, 107.58, 107.68, 580.62, true],
    ["2022-07-01", 489.59, 111.35, undefined, 600.94, false],
    ["2023-06-30", 489.59, 111.35, undefined, 600.94, false],
    ["2023-07-01", 496.93, 113.02, 113.13, 609.95, false],
    ["2023-12-31", 496.93, 113.02, 113.13, 609.95, false],
    ["2024-01-01", 504.98, 114.85, 114.95, 619.83, true],
    ["2024-12-31", 504.98, 114.85, 114.95, 619.83, true],
    ["2025-01-01", 504.98, 114.85, 114.95, 619.83, false],
    ["2026-01-01", 504.98, 114.85, 114.95, 619.83, false],
  ])("on %s: state %f, host %f, majoration %s, total %f", (date, state, hostMinimum, majoration, total, verified) => {
    expect(serviceCiviqueIndemnityAt(date)).toMatchObject({ state, hostMinimum, majoration, total, verified });
  });

  it("returns undefined before 2018 or for a malformed date", () => {
    expect(serviceCiviqueIndemnityAt("2017-12-31")).toBeUndefined();
    expect(serviceCiviqueIndemnityAt("2024-00-10")).toBeUndefined();
  });

  it("documents the majoration conditions with sources", () => {
    expect(serviceCiviqueMajorationConditions.minimumGrantEchelon).toBe(5);
    expect(serviceCiviqueMajorationConditions.rsaBeneficiaryOrHousehold).toBe(true);
    expect(serviceCiviqueMajorationConditions.sources.length).toBeGreaterThan(0);
  });
});

describe("serviceCiviqueRulesAt", () => {
  it("gives the bounds in force", () => {
    expect(serviceCiviqueRulesAt("2026-01-01")).toMatchObject({
      minAge: 16,
      maxAge: 25,
      maxAgeDisability: 30,
      minMonths: 6,
      maxMonths: 12,
      minWeeklyHours: 24,
      maxWeeklyHours: 48,
      maxWeeklyHoursMinor: 35,
    });
  });

  it("has the disability exception from 2017-01-29 only", () => {
    expect(serviceCiviqueRulesAt("2017-01-28")?.maxAgeDisability).toBeUndefined();
    expect(serviceCiviqueRulesAt("2017-01-29")?.maxAgeDisability).toBe(30);
    expect(serviceCiviqueRulesAt("2016-06-01")?.verified).toBe(true);
    expect(serviceCiviqueRulesAt("2017-01-29")?.verified).toBe(false);
  });

  it("returns undefined before 2010-07-01 or for a malformed date", () => {
    expect(serviceCiviqueRulesAt("2010-06-30")).toBeUndefined();
    expect(serviceCiviqueRulesAt("2026-1-1")).toBeUndefined();
  });
});
