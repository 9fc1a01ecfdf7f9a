import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "service-civique/duration-out-of-range";
type ScDuration = NonNullable<Extract<JobPosting["contracts"][number], { type: "service-civique" }>["duration"]>;
const sc = (duration: ScDuration): JobPosting => ({ ...base, title: "Volontaire en service civique", contracts: [{ type: "service-civique", duration }], pay: { statutory: true } });

describe(CODE, () => {
  it("flags a mission shorter than six months or longer than twelve", () => {
    const [d] = lintCode(sc({ value: 4, unit: "month" }), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["contracts", 0, "duration", "value"] });
    expect(d!.message).toBe("La durée de la mission (4 mois) sort des bornes légales : un engagement de service civique dure de 6 à 12 mois (Code du service national, art. L120-1).");
    expect(lintCode(sc({ min: 8, max: 14, unit: "month" }), CODE).map((x) => x.path)).toEqual([["contracts", 0, "duration", "max"]]);
    expect(lintCode(sc({ value: 2, unit: "year" }), CODE)).toHaveLength(1);
  });

  it("accepts six to twelve months", () => {
    for (const d of [{ value: 6 }, { value: 8 }, { value: 12 }, { min: 6, max: 12 }]) expect(lintCode(sc({ ...d, unit: "month" }), CODE)).toEqual([]);
    expect(lintCode(sc({ value: 1, unit: "year" }), CODE)).toEqual([]);
  });
});
