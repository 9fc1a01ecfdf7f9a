import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "cdd/too-many-renewals";
type Cdd = Extract<JobPosting["contracts"][number], { type: "cdd" }>;
const cdd = (c: Omit<Cdd, "type">): JobPosting => ({ ...base, contracts: [{ type: "cdd", duration: { value: 4, unit: "month" }, ...c }] });

describe(CODE, () => {
  it("flags more than two renewals", () => {
    const [d] = lintCode(cdd({ renewals: 3 }), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["contracts", 0, "renewals"] });
    expect(d!.message).toBe("3 renouvellements annoncés : la loi en permet 2 au plus à défaut d'accord de branche (Code du travail, art. L1243-13). Une convention ou un accord de branche étendu peut en fixer un autre nombre (art. L1243-13-1) : vérifiez celui de votre branche.");
    expect(lintCode(cdd({ renewals: 1, reason: "objet-defini" }), CODE)).toHaveLength(1);
  });

  it("accepts two renewals or fewer", () => {
    expect(lintCode(cdd({ renewals: 2 }), CODE)).toEqual([]);
    expect(lintCode(cdd({ renewals: 0, reason: "objet-defini" }), CODE)).toEqual([]);
    expect(lintCode(cdd({}), CODE)).toEqual([]);
  });
});
