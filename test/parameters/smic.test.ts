import { describe, expect, it } from "vitest";
import { smicAt } from "../../src/parameters/smic/smicAt.js";
import { smicHourly } from "../../src/parameters/smic/smicHourly.js";
import { smicHourlyMayotte } from "../../src/parameters/smic/smicHourlyMayotte.js";
import { smicMonthly } from "../../src/parameters/smic/smicMonthly.js";
import { smicMonthlyMayotte } from "../../src/parameters/smic/smicMonthlyMayotte.js";
import { valueAt } from "../../src/parameters/valueAt.js";

const monthlyOf = (hourly: number) => Math.round((hourly * 35 * 52) / 12 * 100) / 100;

describe("smicAt — metropolitan France", () => {
  it.each([
    ["2015-01-01", 9.61, 1457.52],
    ["2015-12-31", 9.61, 1457.52],
    ["2016-01-01", 9.67, 1466.62],
    ["2017-01-01", 9.76, 1480.27],
    ["2018-01-01", 9.88, 1498.47],
    ["2019-01-01", 10.03, 1521.22],
    ["2020-01-01", 10.15, 1539.42],
    ["2021-09-30", 10.25, 1554.58],
    ["2021-10-01", 10.48, 1589.47],
    ["2022-01-01", 10.57, 1603.12],
    ["2022-04-30", 10.57, 1603.12],
    ["2022-05-01", 10.85, 1645.58],
    ["2022-07-31", 10.85, 1645.58],
    ["2022-08-01", 11.07, 1678.95],
    ["2022-12-31", 11.07, 1678.95],
    ["2023-01-01", 11.27, 1709.28],
    ["2023-04-30", 11.27, 1709.28],
    ["2023-05-01", 11.52, 1747.2],
    ["2023-12-31", 11.52, 1747.2],
    ["2024-01-01", 11.65, 1766.92],
    ["2024-10-31", 11.65, 1766.92],
    ["2024-11-01", 11.88, 1801.8],
    ["2025-01-01", 11.88, 1801.8],
    ["2025-12-31", 11.88, 1801.8],
    ["2026-01-01", 12.02, 1823.03],
    ["2026-05-31", 12.02, 1823.03],
    ["2026-06-01", 12.31, 1867.02],
  ])("on %s: %f €/h, %f €/month", (date, hourly, monthly) => {
    const r = smicAt(date);
    expect(r?.hourly).toBe(hourly);
    expect(r?.monthly).toBe(monthly);
    expect(r?.territory).toBe("metropole");
  });

  it("has no revaluation on 2025-01-01 (the 2024-11-01 rise anticipated it)", () => {
    expect(smicHourly.values.some((v) => v.effectiveFrom.startsWith("2025"))).toBe(false);
    expect(smicAt("2025-01-01")?.effectiveFrom).toBe("2024-11-01");
  });

  it("returns the legal text as first source, with a Légifrance link", () => {
    const r = smicAt("2026-01-01")!;
    expect(r.source.label).toMatch(/Décret n° 2025-1228/);
    expect(r.source.url).toBe("https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053042520");
    expect(r.verified).toBe(true);
    expect(r.effectiveFrom).toBe("2026-01-01");
  });

  it("flags the single-source 2026-06-01 value as unverified", () => {
    expect(smicAt("2026-06-01")?.verified).toBe(false);
    expect(smicAt("2026-05-31")?.verified).toBe(true);
  });

  it("publishes monthly = hourly × 35 × 52 / 12 rounded to the cent", () => {
    for (const h of smicHourly.values) {
      const m = valueAt(smicMonthly, h.effectiveFrom);
      expect(m?.effectiveFrom).toBe(h.effectiveFrom);
      expect(m?.value).toBe(monthlyOf(h.value!));
    }
  });

  it("returns undefined before the series or for a malformed date", () => {
    expect(smicAt("2014-12-31")).toBeUndefined();
    expect(smicAt("2024-02-30")).toBeUndefined();
    expect(smicAt("01/11/2024")).toBeUndefined();
    expect(smicAt("")).toBeUndefined();
  });
});

describe("smicAt — Mayotte", () => {
  const mayotte = { territory: "mayotte" } as const;
  it.each([
    ["2018-01-01", 7.46, 1131.43],
    ["2019-01-01", 7.57, 1148.12],
    ["2020-01-01", 7.66, 1161.77],
    ["2021-01-01", 7.74, 1173.27],
    ["2021-10-01", 7.91, 1199.08],
    ["2021-12-31", 7.91, 1199.08],
    ["2022-01-01", 7.98, 1210.3],
    ["2022-05-01", 8.19, 1242.15],
    ["2022-08-01", 8.35, 1266.42],
    ["2023-01-01", 8.51, 1290.68],
    ["2023-05-01", 8.7, 1319.5],
    ["2024-01-01", 8.8, 1334.67],
    ["2024-10-31", 8.8, 1334.67],
    ["2024-11-01", 8.98, 1361.97],
    ["2025-12-31", 8.98, 1361.97],
    ["2026-01-01", 9.33, 1415.05],
    ["2026-05-31", 9.33, 1415.05],
  ])("on %s: %f €/h, %f €/month", (date, hourly, monthly) => {
    const r = smicAt(date, mayotte);
    expect(r?.hourly).toBe(hourly);
    expect(r?.monthly).toBe(monthly);
    expect(r?.territory).toBe("mayotte");
  });

  it("marks single-source or derived values unverified", () => {
    expect(smicAt("2021-01-01", mayotte)?.verified).toBe(false);
    expect(smicAt("2024-01-01", mayotte)?.verified).toBe(false); // monthly derived
    expect(smicAt("2026-01-01", mayotte)?.verified).toBe(true);
  });

  it("returns undefined before 2018 (SMIG era) and from 2026-06-01 (value not sourced)", () => {
    expect(smicAt("2017-12-31", mayotte)).toBeUndefined();
    expect(smicAt("2026-06-01", mayotte)).toBeUndefined();
    expect(smicAt("2026-13-01", mayotte)).toBeUndefined();
  });

  it("publishes monthly = hourly × 35 × 52 / 12 except the two 2021 figures", () => {
    for (const h of smicHourlyMayotte.values) {
      if (h.value === null) continue;
      const m = valueAt(smicMonthlyMayotte, h.effectiveFrom)!.value;
      if (h.effectiveFrom.startsWith("2021")) expect(m).not.toBe(monthlyOf(h.value));
      else expect(m).toBe(monthlyOf(h.value));
    }
  });

  it("is always below the metropolitan SMIC", () => {
    for (const h of smicHourlyMayotte.values) {
      if (h.value === null) continue;
      expect(h.value).toBeLessThan(smicAt(h.effectiveFrom)!.hourly);
    }
  });

  it("treats an unknown territory option as metropolitan", () => {
    expect(smicAt("2026-01-01", {})?.hourly).toBe(12.02);
    expect(smicAt("2026-01-01", { territory: "guyane" as "metropole" })?.hourly).toBe(12.02);
  });
});
