import { describe, expect, it } from "vitest";
import { serviceCiviqueIndemnityAt } from "../../src/parameters/serviceCivique/serviceCiviqueIndemnityAt.js";
import { serviceCiviqueMajorationConditions } from "../../src/parameters/serviceCivique/serviceCiviqueMajorationConditions.js";
import { serviceCiviqueRulesAt } from "../../src/parameters/serviceCivique/serviceCiviqueRulesAt.js";

describe("serviceCiviqueIndemnityAt", () => {
  it.each([
    ["2018-01-01", 473.04, 107.58, 107.68, 580.62, 522.87, 119.02, true],
    ["2022-06-30", 473.04, 107.58, 107.68, 580.62, 522.87, 119.02, true],
    ["2022-07-01", 489.59, 111.35, 111.45, 600.94, 541.17, 123.19, false],
    ["2023-06-30", 489.59, 111.35, 111.45, 600.94, 541.17, 123.19, false],
    ["2023-07-01", 496.93, 113.02, 113.13, 609.95, 549.28, 125.04, false],
    ["2023-12-31", 496.93, 113.02, 113.13, 609.95, 549.28, 125.04, false],
    ["2024-01-01", 504.98, 114.85, 114.95, 619.83, 558.17, 127.06, true],
    ["2024-12-31", 504.98, 114.85, 114.95, 619.83, 558.17, 127.06, true],
    ["2025-01-01", 504.98, 114.85, 114.95, 619.83, 558.17, 127.06, false],
    ["2026-01-01", 504.98, 114.85, 114.95, 619.83, 558.17, 127.06, false],
  ])("on %s: state %f, host %f, majoration %s, total %f, gross %f and %f", (date, state, hostMinimum, majoration, total, stateGross, majorationGross, verified) => {
    expect(serviceCiviqueIndemnityAt(date)).toMatchObject({ state, hostMinimum, majoration, total, stateGross, majorationGross, verified });
  });

  it("the gross amounts are 36,11 % and 8,22 % of the pay at indice majoré 309 (314 from 2024), and give back the published nets less CSG 9,2 % and CRDS 0,5 % on 98,25 % (to a cent)", () => {
    const point = { "2018-01-01": 56.2323, "2022-07-01": 58.2004, "2023-07-01": 59.0734, "2024-01-01": 59.0734 } as const;
    for (const [date, annual] of Object.entries(point)) {
      const pay = ((date >= "2024-01-01" ? 314 : 309) * annual) / 12;
      const r = serviceCiviqueIndemnityAt(date)!;
      expect(r.stateGross).toBeCloseTo(0.3611 * pay, 2);
      expect(r.majorationGross).toBeCloseTo(0.0822 * pay, 2);
      const net = (gross: number) => Math.round(gross * (1 - 0.9825 * 0.097) * 100) / 100;
      // To the cent, except 2023-H2 where the published figures (CDOS 31) differ by a cent either way
      // (496,94 € and 113,12 € computed, 496,93 € and 113,13 € published).
      const tolerance = date === "2023-07-01" ? 0.011 : 0.001;
      expect(Math.abs(net(0.3611 * pay) - r.state)).toBeLessThan(tolerance);
      expect(Math.abs(net(0.0822 * pay) - r.majoration!)).toBeLessThan(tolerance);
    }
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
