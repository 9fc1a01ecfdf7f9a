import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
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
    expect(d!.message).toBe("20 heures par semaine : un service civique compte de 24 à 48 heures par semaine (Code du service national, art. L120-8 et R121-12).");
    expect(lintCode(sc(undefined, undefined, { workingTime: { weeklyHours: { min: 20, max: 30 } } }), CODE).map((x) => x.path)).toEqual([["workingTime", "weeklyHours", "min"]]);
  });

  it("flags more than 35 hours for a mission open to minors", () => {
    const [d] = lintCode(sc(40, true), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["contracts", 0, "weeklyHours"] });
    expect(d!.message).toBe("40 heures par semaine pour une mission ouverte aux mineurs : 35 heures au plus pour un volontaire de 16 ou 17 ans (Code du service national, art. R121-12).");
  });

  it("accepts 24 to 48 hours, 35 at most with minors", () => {
    expect(lintCode(sc(24), CODE)).toEqual([]);
    expect(lintCode(sc(48), CODE)).toEqual([]);
    expect(lintCode(sc(35, true), CODE)).toEqual([]);
    expect(lintCode(sc(undefined, undefined, { workingTime: { weeklyHours: { value: 28 } } }), CODE)).toEqual([]);
  });
});
