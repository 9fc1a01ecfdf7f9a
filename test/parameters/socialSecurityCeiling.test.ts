import { describe, expect, it } from "vitest";
import { pssHourly } from "../../src/parameters/socialSecurityCeiling/pssHourly.js";
import { pssMonthly } from "../../src/parameters/socialSecurityCeiling/pssMonthly.js";
import { pssAnnual } from "../../src/parameters/socialSecurityCeiling/pssAnnual.js";
import { socialSecurityCeilingAt } from "../../src/parameters/socialSecurityCeiling/socialSecurityCeilingAt.js";
import { valueAt } from "../../src/parameters/valueAt.js";

describe("socialSecurityCeilingAt", () => {
  it.each([
    ["2015-01-01", 38040, 3170, 24],
    ["2016-06-30", 38616, 3218, 24],
    ["2017-12-31", 39228, 3269, 24],
    ["2018-01-01", 39732, 3311, 25],
    ["2019-12-31", 40524, 3377, 25],
    ["2020-01-01", 41136, 3428, 26],
    ["2022-12-31", 41136, 3428, 26],
    ["2023-01-01", 43992, 3666, 27],
    ["2023-12-31", 43992, 3666, 27],
    ["2024-01-01", 46368, 3864, 29],
    ["2024-12-31", 46368, 3864, 29],
    ["2025-01-01", 47100, 3925, 29],
    ["2025-12-31", 47100, 3925, 29],
    ["2026-01-01", 48060, 4005, 30],
  ])("on %s: %i €/year, %i €/month, %i €/hour", (date, annual, monthly, hourly) => {
    const r = socialSecurityCeilingAt(date);
    expect(r).toMatchObject({ annual, monthly, hourly, verified: true });
  });

  it("has annual = 12 × monthly every year", () => {
    for (const a of pssAnnual.values) expect(a.value).toBe(12 * valueAt(pssMonthly, a.effectiveFrom)!.value);
  });

  it("has hourly = monthly × 12 / 1607 rounded to the euro every year", () => {
    for (const m of pssMonthly.values) {
      expect(valueAt(pssHourly, m.effectiveFrom)!.value).toBe(Math.round((m.value! * 12) / 1607));
    }
  });

  it("cites the yearly arrêté on Légifrance", () => {
    const r = socialSecurityCeilingAt("2026-03-01")!;
    expect(r.effectiveFrom).toBe("2026-01-01");
    expect(r.sources[0]).toEqual({
      label: "Arrêté du 22 décembre 2025 portant fixation du plafond de la sécurité sociale pour 2026",
      url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053143451",
    });
  });

  it("returns undefined before 2015 or for a malformed date", () => {
    expect(socialSecurityCeilingAt("2014-12-31")).toBeUndefined();
    expect(socialSecurityCeilingAt("2025-02-29")).toBeUndefined();
    expect(socialSecurityCeilingAt("2025")).toBeUndefined();
  });
});
