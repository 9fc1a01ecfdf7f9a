import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { euros } from "../../src/rules/euros.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "stage/gratification-below-minimum";
const stage = (amount: NonNullable<JobPosting["pay"]>["amount"], posted = "2024-02-05", extra: Partial<JobPosting> = {}): JobPosting => ({
  ...base,
  contracts: [{ type: "stage", duration: { value: 6, unit: "month" } }],
  dates: { posted },
  pay: { amount: amount! },
  ...extra,
});

describe(CODE, () => {
  it("flags an hourly gratification below 15 % of the hourly ceiling (4,35 € in 2024)", () => {
    const [d] = lintCode(stage({ value: 4.2, currency: "EUR", period: "hour" }), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["pay", "amount", "value"] });
    expect(d!.message).toBe("La gratification indiquée (4,20\u00a0€ par heure) est inférieure au minimum légal au 2024-02-05 : 4,35\u00a0€ par heure (Code de l'éducation, art. L124-6 et D124-6).");
  });

  it("flags a monthly gratification below the minimum for 35 hours a week, or for the hours stated", () => {
    const [d] = lintCode(stage({ value: 600, currency: "EUR", period: "month" }), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["pay", "amount", "value"] });
    expect(d!.message).toBe("La gratification indiquée (600\u00a0€ par mois) est inférieure au minimum légal au 2024-02-05 : 659,75\u00a0€ par mois (pour 35 heures par semaine, durée présumée faute d'indication), soit 4,35\u00a0€ par heure de présence (Code de l'éducation, art. L124-6 et D124-6).");
    // 28 hours a week: 4,35 × 28 × 52 / 12 = 527,80 €.
    expect(lintCode(stage({ value: 520, currency: "EUR", period: "month" }, "2024-02-05", { workingTime: { weeklyHours: { value: 28 } } }), CODE)).toHaveLength(1);
    expect(lintCode(stage({ value: 530, currency: "EUR", period: "month" }, "2024-02-05", { workingTime: { weeklyHours: { value: 28 } } }), CODE)).toEqual([]);
  });

  it("formats amounts with the library's euro formatter (src/rules/euros.ts), in French and in English", () => {
    const p = stage({ value: 600, currency: "EUR", period: "month" });
    expect(lintCode(p, CODE, { locale: "en" })[0]!.message).toBe("The gratification stated (€600 per month) is below the legal minimum on 2024-02-05: €659.75 per month (for 35 hours a week, assumed as none are stated), that is €4.35 per hour of presence (Code de l'éducation, art. L124-6 and D124-6).");
    expect(lintCode(p, CODE)[0]!.message).toContain(`(${euros(600, "fr")} par mois)`);
  });

  it("follows the ceiling: 4,35 € is enough in 2025, not from 2026-01-01 (4,50 €)", () => {
    expect(lintCode(stage({ value: 4.35, currency: "EUR", period: "hour" }, "2025-12-31"), CODE)).toEqual([]);
    expect(lintCode(stage({ value: 4.35, currency: "EUR", period: "hour" }, "2026-01-01"), CODE).map((d) => d.path)).toEqual([["pay", "amount", "value"]]);
  });

  it("accepts the minimum or more, an optional gratification of a short stage, and amounts of another contract", () => {
    expect(lintCode(stage({ value: 660, currency: "EUR", period: "month" }), CODE)).toEqual([]);
    expect(lintCode(stage({ value: 4.35, currency: "EUR", period: "hour" }), CODE)).toEqual([]);
    expect(lintCode({ ...stage({ value: 300, currency: "EUR", period: "month" }), contracts: [{ type: "stage", duration: { value: 2, unit: "month" } }] }, CODE)).toEqual([]);
    expect(lintCode({ ...stage({ value: 300, currency: "EUR", period: "month" }), contracts: [{ type: "apprentissage" }, { type: "stage" }] }, CODE)).toEqual([]);
  });
});
