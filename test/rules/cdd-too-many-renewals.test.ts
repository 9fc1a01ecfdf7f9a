import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { cddMaxRenewals } from "../../src/parameters/cdd/cddMaxRenewals.js";
import { valueAt } from "../../src/parameters/valueAt.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "cdd/too-many-renewals";
type Cdd = Extract<JobPosting["contracts"][number], { type: "cdd" }>;
const cdd = (c: Omit<Cdd, "type">, posted = "2024-02-05"): JobPosting => ({ ...base, dates: { posted }, contracts: [{ type: "cdd", duration: { value: 4, unit: "month" }, ...c }] });

describe(CODE, () => {
  it("flags more than two renewals, citing L1243-13-1 (default) and L1243-13 (branch)", () => {
    const [d] = lintCode(cdd({ renewals: 3 }), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["contracts", 0, "renewals"] });
    expect(d!.message).toBe("3 renouvellements annoncés : la loi en permet 2 au plus à défaut de stipulation de la convention ou de l'accord de branche étendu (Code du travail, art. L1243-13-1). Une convention ou un accord de branche étendu peut en fixer un autre nombre (art. L1243-13) : vérifiez celui de votre branche.");
    const [od] = lintCode(cdd({ renewals: 1, reason: "objet-defini" }), CODE);
    expect(od!.message).toBe("Un renouvellement annoncé : un CDD à objet défini ne peut pas être renouvelé (service-public.fr, fiche F31211).");
  });

  it("follows the date: one renewal until 18 August 2015, two from 19 August 2015 (loi n° 2015-994), L1243-13 until 23 September 2017", () => {
    const [d] = lintCode(cdd({ renewals: 2 }, "2015-08-18"), CODE);
    expect(d).toMatchObject({ code: CODE, path: ["contracts", 0, "renewals"] });
    expect(d!.message).toBe("2 renouvellements annoncés : la loi permettait un seul renouvellement au plus (Code du travail, art. L1243-13, dans sa version en vigueur au 2015-08-18).");
    expect(lintCode(cdd({ renewals: 2 }, "2015-08-19"), CODE)).toEqual([]);
    expect(lintCode(cdd({ renewals: 3 }, "2017-09-23"), CODE)[0]!.message).toBe("3 renouvellements annoncés : la loi permettait 2 renouvellements au plus (Code du travail, art. L1243-13, dans sa version en vigueur au 2017-09-23).");
    expect(lintCode(cdd({ renewals: 3 }, "2017-09-24"), CODE)[0]!.message).toContain("(Code du travail, art. L1243-13-1)");
    expect(valueAt(cddMaxRenewals, "2015-08-18")?.value).toBe(1);
    expect(valueAt(cddMaxRenewals, "2015-08-19")?.value).toBe(2);
    expect(valueAt(cddMaxRenewals, "2017-09-24")!.sources.map((s) => s.url)).toContain("https://code.travail.gouv.fr/code-du-travail/l1243-13-1");
  });

  it("accepts two renewals or fewer", () => {
    expect(lintCode(cdd({ renewals: 2 }), CODE)).toEqual([]);
    expect(lintCode(cdd({ renewals: 1 }, "2015-08-18"), CODE)).toEqual([]);
    expect(lintCode(cdd({ renewals: 0, reason: "objet-defini" }), CODE)).toEqual([]);
    expect(lintCode(cdd({}), CODE)).toEqual([]);
  });
});
