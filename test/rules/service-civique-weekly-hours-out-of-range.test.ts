import { describe, expect, it } from "vitest";
import { validateJobPosting, type JobPosting } from "../../src/index.js";
import { serviceCiviqueWeeklyHours } from "../../src/rules/serviceCiviqueWeeklyHours.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "service-civique/weekly-hours-out-of-range";
const sc = (weeklyHours: number | undefined, openToMinors?: boolean, extra: Partial<JobPosting> = {}): JobPosting => ({
  ...base,
  title: "Volontaire en service civique",
  contracts: [{ type: "service-civique", ...(weeklyHours !== undefined ? { weeklyHours } : {}), ...(openToMinors !== undefined ? { openToMinors } : {}) }],
  pay: { statutory: true },
  ...extra,
});

describe(CODE, () => {
  it("flags fewer than 24 hours a week", () => {
    const [d] = lintCode(sc(20), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["contracts", 0, "weeklyHours"] });
    expect(d!.message).toBe("20 heures par semaine : un service civique compte de 24 à 48 heures par semaine (Code du service national, art. L120-8).");
    expect(lintCode(sc(undefined, undefined, { workingTime: { weeklyHours: { min: 20, max: 30 } } }), CODE).map((x) => x.path)).toEqual([["workingTime", "weeklyHours", "min"]]);
  });

  it("gives more than 48 hours the legal rule with its source, not a structure error", () => {
    const result = validateJobPosting(sc(50));
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([[CODE, ["contracts", 0, "weeklyHours"]]]);
    expect(result.diagnostics[0]!.message).toBe("50 heures par semaine : un service civique compte de 24 à 48 heures par semaine (Code du service national, art. L120-8).");
    const [en] = validateJobPosting(sc(50), { locale: "en" }).diagnostics;
    expect(en!.message).toBe("50 hours a week: a service civique takes 24 to 48 hours a week (Code du service national, art. L120-8).");
  });

  it("flags more than 35 hours for a mission open to minors", () => {
    const [d] = lintCode(sc(40, true), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["contracts", 0, "weeklyHours"] });
    expect(d!.message).toBe("40 heures par semaine pour une mission ouverte aux mineurs : 35 heures au plus, sur cinq jours au plus, pour un volontaire de 16 ou 17 ans (Code du service national, art. L120-8).");
  });

  it("cites L120-8 for the 24, 48 and 35 hours, not R121-12 (minors' night work, 7-hour days, rest days)", () => {
    for (const d of [...lintCode(sc(50), CODE), ...lintCode(sc(40, true), CODE), ...lintCode(sc(20), CODE, { locale: "en" })]) {
      expect(d.message).toContain("art. L120-8");
      expect(d.message).not.toContain("R121-12");
    }
    const r121 = serviceCiviqueWeeklyHours.sources.find((x) => x.label.includes("R121-12"))!;
    expect(r121.label).not.toMatch(/48|35 heures/);
    expect(serviceCiviqueWeeklyHours.sources.find((x) => x.label.includes("L120-8"))!.label).toMatch(/48 heures sur six jours.*35 heures/);
  });

  it("accepts 24 to 48 hours, 35 at most with minors", () => {
    expect(lintCode(sc(24), CODE)).toEqual([]);
    expect(lintCode(sc(48), CODE)).toEqual([]);
    expect(lintCode(sc(35, true), CODE)).toEqual([]);
    expect(lintCode(sc(undefined, undefined, { workingTime: { weeklyHours: { value: 28 } } }), CODE)).toEqual([]);
  });
});
