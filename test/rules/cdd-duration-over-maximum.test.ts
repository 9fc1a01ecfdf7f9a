import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { cddMaxMonths } from "../../src/parameters/cdd/cddMaxMonths.js";
import { valueAt } from "../../src/parameters/valueAt.js";
import { cddDurationOverMaximum } from "../../src/rules/cddDurationOverMaximum.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "cdd/duration-over-maximum";
type Cdd = Extract<JobPosting["contracts"][number], { type: "cdd" }>;
const cdd = (c: Omit<Cdd, "type">, extra: Partial<JobPosting> = {}): JobPosting => ({ ...base, contracts: [{ type: "cdd", ...c }], ...extra });
const at = (posted: string): Partial<JobPosting> => ({ dates: { posted } });

describe(CODE, () => {
  it("flags a CDD of more than 18 months, citing L1242-8-1 (default) and L1242-8 (branch) since 24 September 2017", () => {
    const [d] = lintCode(cdd({ duration: { value: 24, unit: "month" } }), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["contracts", 0, "duration", "value"] });
    expect(d!.message).toBe("Le CDD dure 24 mois : au-delà de la durée maximale de 18 mois, renouvellements compris, que fixe la loi à défaut de stipulation de la convention ou de l'accord de branche étendu (Code du travail, art. L1242-8-1). Une convention ou un accord de branche étendu peut fixer une autre durée (art. L1242-8) : vérifiez celle de votre branche.");
    expect(lintCode(cdd({ duration: { value: 24, unit: "month" } }, at("2017-09-24")), CODE)[0]!.message).toContain("art. L1242-8-1");
    expect(lintCode(cdd({ duration: { value: 2, unit: "year" }, reason: "remplacement" }), CODE)).toHaveLength(1);
    const [special] = lintCode(cdd({ duration: { value: 40, unit: "month" }, reason: "objet-defini" }), CODE);
    expect(special!.message).toBe("Le CDD dure 40 mois : au-delà de la durée maximale de 36 mois d'un CDD à objet défini (service-public.fr, fiche F31211).");
  });

  it("does not judge a replacement CDD without a precise term: it ends with the absence (L1242-7)", () => {
    // "CDD de remplacement d'un congé parental, jusqu'au retour de la salariée (durée prévisionnelle 24 mois)"
    expect(lintCode(cdd({ duration: { value: 24, unit: "month", approximate: true }, reason: "remplacement", withoutPreciseTerm: true }), CODE)).toEqual([]);
    expect(lintCode(cdd({ duration: { min: 6, unit: "month" }, reason: "remplacement", withoutPreciseTerm: true }), CODE)).toEqual([]);
    // With a precise term, the 18 months apply to a replacement too.
    expect(lintCode(cdd({ duration: { value: 24, unit: "month" }, reason: "remplacement" }), CODE)).toHaveLength(1);
    // An increase in activity cannot be without a precise term: still judged.
    expect(lintCode(cdd({ duration: { value: 24, unit: "month" }, reason: "accroissement-temporaire", withoutPreciseTerm: true }), CODE)).toHaveLength(1);
    expect(cddDurationOverMaximum.sources.some((x) => x.label.startsWith("Code du travail, art. L1242-7"))).toBe(true);
  });

  it("cites L1242-8 alone before 24 September 2017, when the law set the 18 months itself", () => {
    const [d] = lintCode(cdd({ duration: { value: 24, unit: "month" } }, at("2017-09-23")), CODE);
    expect(d!.message).toBe("Le CDD dure 24 mois : au-delà de la durée maximale de 18 mois, renouvellement compris, que fixait la loi (Code du travail, art. L1242-8, dans sa version antérieure au 24 septembre 2017).");
    expect(cddDurationOverMaximum.message.en({ months: 24, max: 18, case: "law" })).toContain("art. L1242-8, as in force before 24 September 2017");
  });

  it("reads the maximum from the dated parameter cdd.maxMonths", () => {
    expect(valueAt(cddMaxMonths, "2017-09-23")).toMatchObject({ value: 18, effectiveFrom: "2008-05-01" });
    expect(valueAt(cddMaxMonths, "2017-09-24")).toMatchObject({ value: 18, effectiveFrom: "2017-09-24" });
    expect(valueAt(cddMaxMonths, "2017-09-24")!.sources.map((s) => s.url)).toContain("https://code.travail.gouv.fr/code-du-travail/l1242-8-1");
  });

  it("accepts 18 months, 36 for a CDD à objet défini, and CDDs under their own rules", () => {
    expect(lintCode(cdd({ duration: { value: 18, unit: "month" } }), CODE)).toEqual([]);
    expect(lintCode(cdd({ duration: { value: 36, unit: "month" }, reason: "objet-defini" }), CODE)).toEqual([]);
    expect(lintCode(cdd({ duration: { value: 24, unit: "month" }, reason: "politique-emploi" }), CODE)).toEqual([]);
    expect(lintCode(cdd({ duration: { value: 36, unit: "month" } }, { schemes: [{ type: "adulte-relais" }] }), CODE)).toEqual([]);
  });
});
