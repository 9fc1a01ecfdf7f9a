import { describe, expect, it } from "vitest";
import { stageGratificationAt } from "../../src/parameters/stage/stageGratificationAt.js";

describe("stageGratificationAt", () => {
  it.each([
    ["2015-01-01", 0.1375, 24, 3.3],
    ["2015-08-31", 0.1375, 24, 3.3],
    ["2015-09-01", 0.15, 24, 3.6],
    ["2017-12-31", 0.15, 24, 3.6],
    ["2018-01-01", 0.15, 25, 3.75],
    ["2020-01-01", 0.15, 26, 3.9],
    ["2022-12-31", 0.15, 26, 3.9],
    ["2023-01-01", 0.15, 27, 4.05],
    ["2023-12-31", 0.15, 27, 4.05],
    ["2024-01-01", 0.15, 29, 4.35],
    ["2025-06-15", 0.15, 29, 4.35],
    ["2025-12-31", 0.15, 29, 4.35],
    ["2026-01-01", 0.15, 30, 4.5],
  ])("on %s: rate %f × %i € = %f €/h", (date, rate, hourlyCeiling, hourly) => {
    expect(stageGratificationAt(date)).toMatchObject({ rate, hourlyCeiling, hourly });
  });

  it("gives the thresholds and the maximum length", () => {
    expect(stageGratificationAt("2026-03-01")).toMatchObject({
      thresholdHours: 308,
      thresholdMonths: 2,
      maxMonths: 6,
      effectiveFrom: "2026-01-01",
      verified: true,
    });
  });

  it("cites Code de l'éducation L124-6", () => {
    const labels = stageGratificationAt("2026-03-01")!.sources.map((s) => s.label);
    expect(labels.some((l) => l.includes("L124-6"))).toBe(true);
    expect(labels.some((l) => l.includes("L124-5"))).toBe(true);
  });

  it("returns undefined before the hourly ceiling series or for a malformed date", () => {
    expect(stageGratificationAt("2014-12-31")).toBeUndefined();
    expect(stageGratificationAt("2026-02-29")).toBeUndefined();
    expect(stageGratificationAt("tomorrow")).toBeUndefined();
  });
});
