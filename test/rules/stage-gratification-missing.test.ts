import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "stage/gratification-missing";
const { pay: _pay, ...noPay } = base;
const stage = (duration: NonNullable<Extract<JobPosting["contracts"][number], { type: "stage" }>["duration"]>, pay?: JobPosting["pay"]): JobPosting => ({
  ...noPay,
  contracts: [{ type: "stage", duration }],
  ...(pay ? { pay } : {}),
});

describe(CODE, () => {
  it("flags a stage of more than two months with no gratification stated", () => {
    const [d] = lintCode(stage({ value: 6, unit: "month" }), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["pay"] });
    expect(d!.message).toBe("Le stage dure plus de 2 mois (plus de 308 heures de présence) mais l'offre n'indique aucune gratification : elle est obligatoire dès le premier jour (Code de l'éducation, art. L124-6). Indiquez son montant ou au moins « gratification légale ».");
    expect(lintCode(stage({ value: 309, unit: "hour" }), CODE)).toHaveLength(1);
    expect(lintCode(stage({ value: 45, unit: "day" }), CODE)).toHaveLength(1);
    expect(lintCode(stage({ value: 9, unit: "week" }), CODE)).toHaveLength(1);
    expect(lintCode(stage({ min: 2, max: 4, unit: "month" }), CODE)).toHaveLength(1);
  });

  it("flags a stage of more than two months stated as unpaid", () => {
    const [d] = lintCode(stage({ value: 3, unit: "month" }, { text: "Stage non rémunéré" }), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["pay", "text"] });
    expect(d!.message).toBe("Le stage dure plus de 2 mois (plus de 308 heures de présence) : la gratification est obligatoire dès le premier jour (Code de l'éducation, art. L124-6), l'offre ne peut pas annoncer un stage non gratifié.");
    expect(lintCode(stage({ value: 3, unit: "month" }, { amount: { value: 0, currency: "EUR", period: "month" } }), CODE).map((x) => x.path)).toEqual([["pay", "amount"]]);
  });

  it("accepts a stated gratification, and a stage of two months or less", () => {
    expect(lintCode(stage({ value: 6, unit: "month" }, { statutory: true }), CODE)).toEqual([]);
    expect(lintCode(stage({ value: 6, unit: "month" }, { text: "Gratification légale" }), CODE)).toEqual([]);
    expect(lintCode(stage({ value: 6, unit: "month" }, { amount: { value: 700, currency: "EUR", period: "month" } }), CODE)).toEqual([]);
    expect(lintCode(stage({ value: 2, unit: "month" }), CODE)).toEqual([]);
    expect(lintCode(stage({ value: 308, unit: "hour" }), CODE)).toEqual([]);
    expect(lintCode(stage({ value: 8, unit: "week" }), CODE)).toEqual([]);
    expect(lintCode({ ...noPay, contracts: [{ type: "stage" }] }, CODE)).toEqual([]);
  });
});
