import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "pay/below-agreement-minimum";
const eclat = (value: number, extra: Partial<JobPosting> = {}): JobPosting => ({
  ...base,
  dates: { posted: "2024-06-01" },
  application: {},
  collectiveAgreement: { idcc: "1518", classification: { group: "B" } },
  pay: { amount: { value, currency: "EUR", basis: "gross", period: "month" } },
  ...extra,
});

describe(CODE, () => {
  it("flags 1 800 € for an ÉCLAT group B job in June 2024 (minimum 1 854,37 €), above the SMIC", () => {
    const [d] = lintCode(eclat(1800), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["pay", "amount", "value"] });
    expect(d!.message).toBe("Le salaire indiqué (1\u202f800\u00a0€ brut par mois) est inférieur au minimum de la convention collective IDCC 1518 pour cette classification (1\u202f854,37\u00a0€).");
    expect(lintCode(eclat(1800), "pay/below-smic")).toEqual([]);
  });

  it("accepts the grid's amount, and prorates it to part time (28 h: 1 483,50 €)", () => {
    expect(lintCode(eclat(1854.37), CODE)).toEqual([]);
    expect(lintCode(eclat(1500, { workingTime: { weeklyHours: { value: 28 } } }), CODE)).toEqual([]);
    expect(lintCode(eclat(1450, { workingTime: { weeklyHours: { value: 28 } } }), CODE)).toHaveLength(1);
  });

  it("says nothing when the grid is not encoded or the classification matches no rung", () => {
    expect(lintCode(eclat(1800, { collectiveAgreement: { idcc: "0413", classification: { coefficient: 400 } } }), CODE)).toEqual([]);
    expect(lintCode(eclat(1800, { collectiveAgreement: { idcc: "1518", classification: { group: "A", coefficient: 255 } } }), CODE)).toEqual([]);
  });
});
