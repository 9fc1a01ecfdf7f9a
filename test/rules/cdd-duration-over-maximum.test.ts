import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "cdd/duration-over-maximum";
type Cdd = Extract<JobPosting["contracts"][number], { type: "cdd" }>;
const cdd = (c: Omit<Cdd, "type">, extra: Partial<JobPosting> = {}): JobPosting => ({ ...base, contracts: [{ type: "cdd", ...c }], ...extra });

describe(CODE, () => {
  it("flags a CDD of more than 18 months", () => {
    const [d] = lintCode(cdd({ duration: { value: 24, unit: "month" } }), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["contracts", 0, "duration", "value"] });
    expect(d!.message).toBe("Le CDD dure 24 mois : au-delà de la durée maximale de 18 mois, renouvellements compris, que fixe la loi à défaut d'accord de branche (Code du travail, art. L1242-8). Une convention ou un accord de branche étendu peut fixer une autre durée (art. L1242-8-1) : vérifiez celle de votre branche.");
    expect(lintCode(cdd({ duration: { value: 2, unit: "year" }, reason: "remplacement" }), CODE)).toHaveLength(1);
    expect(lintCode(cdd({ duration: { value: 40, unit: "month" }, reason: "objet-defini" }), CODE)).toHaveLength(1);
  });

  it("accepts 18 months, 36 for a CDD à objet défini, and CDDs under their own rules", () => {
    expect(lintCode(cdd({ duration: { value: 18, unit: "month" } }), CODE)).toEqual([]);
    expect(lintCode(cdd({ duration: { value: 36, unit: "month" }, reason: "objet-defini" }), CODE)).toEqual([]);
    expect(lintCode(cdd({ duration: { value: 24, unit: "month" }, reason: "politique-emploi" }), CODE)).toEqual([]);
    expect(lintCode(cdd({ duration: { value: 36, unit: "month" } }, { schemes: [{ type: "adulte-relais" }] }), CODE)).toEqual([]);
  });
});
