import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "stage/duration-over-six-months";
type StageDuration = NonNullable<Extract<JobPosting["contracts"][number], { type: "stage" }>["duration"]>;
const stage = (duration: StageDuration): JobPosting => ({ ...base, contracts: [{ type: "stage", duration }], pay: { statutory: true } });

describe(CODE, () => {
  it("flags a stage of more than six months, or a range that goes beyond", () => {
    const [d] = lintCode(stage({ value: 8, unit: "month" }), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["contracts", 0, "duration", "value"] });
    expect(d!.message).toBe("La durée du stage (8 mois) dépasse 6 mois : un stage ne peut excéder six mois par année d'enseignement dans un même organisme d'accueil (Code de l'éducation, art. L124-5).");
    expect(lintCode(stage({ min: 4, max: 8, unit: "month" }), CODE).map((x) => x.path)).toEqual([["contracts", 0, "duration", "max"]]);
    expect(lintCode(stage({ value: 1, unit: "year" }), CODE)).toHaveLength(1);
    expect(lintCode(stage({ value: 27, unit: "week" }), CODE)).toHaveLength(1);
    expect(lintCode(stage({ value: 925, unit: "hour" }), CODE)).toHaveLength(1);
  });

  it("accepts six months or less", () => {
    expect(lintCode(stage({ value: 6, unit: "month" }), CODE)).toEqual([]);
    expect(lintCode(stage({ min: 4, max: 6, unit: "month" }), CODE)).toEqual([]);
    expect(lintCode(stage({ value: 26, unit: "week" }), CODE)).toEqual([]);
    expect(lintCode(stage({ value: 924, unit: "hour" }), CODE)).toEqual([]);
  });
});
