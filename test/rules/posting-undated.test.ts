import { describe, expect, it } from "vitest";
import { lintJobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "posting/undated";

describe(CODE, () => {
  it("flags a posting without a publication date", () => {
    const p = { ...base, dates: { start: { earliest: { date: "2024-03" } } } };
    const [d] = lintCode(p, CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["dates", "posted"] });
    expect(d!.message).toBe("L'offre n'est pas datée : toute offre d'emploi publiée ou diffusée doit l'être (Code du travail, art. L5332-1). Indiquez la date de publication (dates.posted).");
  });

  it("does not judge a call for service-civique volunteers or bénévoles, which are not offers of employment", () => {
    expect(lintCode({ ...base, contracts: [{ type: "service-civique" as const }], dates: {} }, CODE)).toEqual([]);
    expect(lintCode({ ...base, contracts: [{ type: "benevolat" as const }], dates: {} }, CODE)).toEqual([]);
    expect(lintCode({ ...base, contracts: [{ type: "service-civique" as const }, { type: "cdd" as const }], dates: {} }, CODE)).toHaveLength(1);
  });

  it("accepts a posting with its publication (or update) date", () => {
    expect(lintCode(base, CODE)).toEqual([]);
    expect(lintCode({ ...base, dates: { updated: "2024-02-10" } }, CODE)).toEqual([]);
  });

  it("lintJobPosting judges at the posting's date (published, else its deadline), else today, unless a date is given", () => {
    const stage = { ...base, contracts: [{ type: "stage" as const, duration: { value: 6, unit: "month" as const } }], pay: { amount: { value: 4, currency: "EUR" as const, period: "hour" as const } } };
    const message = (p: typeof stage, options = {}) => lintJobPosting(p, options).find((d) => d.code === "stage/gratification-below-minimum")?.message;
    expect(message(stage)).toContain("au 2024-02-05");
    expect(message(stage, { date: "2026-03-01" })).toContain("au 2026-03-01");
    // Undated: its application deadline (the posting was open until then), else today.
    expect(message({ ...stage, dates: {} })).toContain("au 2024-02-29");
    expect(message({ ...stage, dates: {}, application: {} })).toContain(`au ${new Date().toISOString().slice(0, 10)}`);
  });
});
