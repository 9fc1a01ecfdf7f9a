import { describe, expect, it } from "vitest";
import { AGREEMENT_MODELS } from "../../src/agreement/AGREEMENT_MODELS.js";
import { COLLECTIVE_AGREEMENTS } from "../../src/agreement/COLLECTIVE_AGREEMENTS.js";
import { collectiveAgreement } from "../../src/agreement/collectiveAgreement.js";
import { normaliseIdcc } from "../../src/agreement/normaliseIdcc.js";
import { IdccSchema } from "../../src/agreement/CollectiveAgreementSchema.js";

describe("COLLECTIVE_AGREEMENTS", () => {
  it("every IDCC is a 4-digit string valid for IdccSchema, unique, in increasing order", () => {
    const ids = COLLECTIVE_AGREEMENTS.map((a) => a.idcc);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9]{4}$/);
      expect(IdccSchema.safeParse(id).success).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it("holds the agreements ESS employers use, with their short names", () => {
    const expected: Record<string, string> = {
      "1518": "ÉCLAT",
      "1261": "ALISFA",
      "0413": "CCN 66",
      "0029": "CCN 51",
      "2941": "BAD",
      "2511": "Sport",
      "3016": "Ateliers et chantiers d'insertion",
      "3105": "Régies de quartier",
      "2190": "Missions locales",
      "1316": "Tourisme social et familial",
      "2336": "Habitat et logement accompagnés",
      "1516": "Organismes de formation",
      "2128": "Mutualité",
      "0783": "CHRS",
      "3218": "EPNL",
      "1285": "CCNEAC",
    };
    for (const [idcc, shortName] of Object.entries(expected)) expect(collectiveAgreement(idcc)?.shortName).toBe(shortName);
  });

  it("every entry has a name, employers, at least one source, and a KALI container when verified", () => {
    for (const a of COLLECTIVE_AGREEMENTS) {
      expect(a.name.length).toBeGreaterThan(20);
      expect(a.employers.length).toBeGreaterThan(5);
      expect(a.sources.length).toBeGreaterThan(0);
      if (a.kaliId) {
        expect(a.kaliId).toMatch(/^KALICONT[0-9]{12}$/);
        expect(a.url).toBe(`https://www.legifrance.gouv.fr/conv_coll/id/${a.kaliId}`);
      }
    }
    expect(collectiveAgreement("1518")?.kaliId).toBe("KALICONT000005635177");
    expect(collectiveAgreement("0783")?.verified).toBe(false);
  });

  it("flags the encoded grids, exactly those agreementMinimumPay dispatches on", () => {
    expect(COLLECTIVE_AGREEMENTS.filter((a) => a.encoded).map((a) => a.idcc)).toEqual(["0029", "0405", "0413", "1261", "1285", "1316", "1516", "1518", "2190", "2336", "2511", "2941", "3016", "3105", "3203", "3218"]);
    expect(Object.keys(AGREEMENT_MODELS).sort()).toEqual(COLLECTIVE_AGREEMENTS.filter((a) => a.encoded).map((a) => a.idcc));
    expect(collectiveAgreement("1518")?.gridType).toBe("double-point-value");
    expect(collectiveAgreement("1261")?.gridType).toBe("pesee");
    expect(collectiveAgreement("2511")?.gridType).toBe("amounts");
    expect(collectiveAgreement("2941")?.gridType).toBe("coefficient-x-point");
  });

  it("Régies de quartier is 3105, not 1875 (cabinets vétérinaires)", () => {
    expect(collectiveAgreement("3105")?.shortName).toBe("Régies de quartier");
    expect(collectiveAgreement("1875")).toBeUndefined();
  });
});

describe("collectiveAgreement / normaliseIdcc", () => {
  it("accepts a 4-digit string, a shorter one, a number and an 'IDCC' prefix", () => {
    expect(collectiveAgreement("0413")?.idcc).toBe("0413");
    expect(collectiveAgreement("413")?.idcc).toBe("0413");
    expect(collectiveAgreement(413)?.idcc).toBe("0413");
    expect(collectiveAgreement(29)?.shortName).toBe("CCN 51");
    expect(collectiveAgreement("IDCC 1518")?.shortName).toBe("ÉCLAT");
    expect(collectiveAgreement("idcc n° 1518")?.shortName).toBe("ÉCLAT");
    expect(collectiveAgreement(" IDCC:1261 ")?.shortName).toBe("ALISFA");
  });

  it("returns undefined for unknown or malformed IDCCs, without throwing", () => {
    for (const bad of ["9999", "15180", "", "abc", "1518a", "0000", "-1518", "15.18"]) expect(collectiveAgreement(bad)).toBeUndefined();
    for (const bad of [0, -413, 1518.5, 10000, Number.NaN]) expect(collectiveAgreement(bad)).toBeUndefined();
    expect(collectiveAgreement(undefined as unknown as string)).toBeUndefined();
    expect(collectiveAgreement(null as unknown as string)).toBeUndefined();
    expect(normaliseIdcc({})).toBeUndefined();
    expect(normaliseIdcc("IDCC 29")).toBe("0029");
  });
});
