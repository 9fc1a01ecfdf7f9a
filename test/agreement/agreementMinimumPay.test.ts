import { describe, expect, it } from "vitest";
import {
  agreementMinimumPay,
  type AgreementMinimumPayError,
  type AgreementMinimumPayInput,
  type AgreementMinimumPayResult,
} from "../../src/agreement/agreementMinimumPay.js";

const ok = (input: AgreementMinimumPayInput): AgreementMinimumPayResult => {
  const r = agreementMinimumPay(input);
  if (!r.ok) throw new Error(`expected ok, got ${r.reason}: ${r.message}`);
  return r;
};
const fail = (input: AgreementMinimumPayInput): AgreementMinimumPayError => {
  const r = agreementMinimumPay(input);
  if (r.ok) throw new Error(`expected a failure, got ${r.monthly}`);
  return r;
};
const eclat = (date: string, classification: AgreementMinimumPayInput["classification"], weeklyHours?: number) =>
  ok({ idcc: "1518", classification, date, ...(weeklyHours === undefined ? {} : { weeklyHours }) });

describe("agreementMinimumPay — ÉCLAT (1518)", () => {
  // Research notes §2.5: A×V1 + (coef − A)×V2, full time, before the SMIC floor.
  const table: Record<string, number[]> = {
    "2022-01-01": [1593.15, 1656.85, 1803.36, 1930.76, 2090.01, 2249.26, 2408.51, 2567.76, 2886.26, 3204.76],
    "2022-07-23": [1652.5, 1716.2, 1843.6, 1971.0, 2130.25, 2289.5, 2448.75, 2608.0, 2926.5, 3245.0],
    "2023-01-01": [1712.5, 1777.5, 1907.5, 2037.5, 2200.0, 2362.5, 2525.0, 2687.5, 3012.5, 3337.5],
    "2023-11-26": [1760.45, 1779.95, 1909.95, 2039.95, 2202.45, 2364.95, 2527.45, 2689.95, 3014.95, 3339.95],
    "2024-01-01": [1801.57, 1854.37, 1986.37, 2118.37, 2250.37, 2415.37, 2580.37, 2745.37, 3075.37, 3405.37],
    "2025-01-01": [1837.55, 1891.39, 2025.99, 2160.59, 2295.19, 2463.44, 2631.69, 2799.94, 3136.44, 3472.94],
    "2026-01-01": [1858.11, 1912.59, 2048.79, 2184.99, 2321.19, 2491.44, 2661.69, 2831.94, 3172.44, 3512.94],
  };
  for (const [date, minima] of Object.entries(table)) {
    it(`groups A–J on ${date}`, () => {
      "ABCDEFGHIJ".split("").forEach((group, i) => {
        const r = eclat(date, { group });
        expect(r.conventionalFullTimeMonthly, `${group} ${date}`).toBe(minima[i]);
        expect(r.verified).toBe(true);
      });
    });
  }

  it("changes between the day before and the day of each point-value or coefficient change", () => {
    expect(eclat("2021-12-31", { group: "B" }).conventionalFullTimeMonthly).toBe(1611.6); // 255 × 6,32
    // Av. 193 binds every employer from its extension (JORF 22 Jul 2022), members from 1 May 2022.
    expect(eclat("2022-07-22", { group: "A" }).conventionalFullTimeMonthly).toBe(1593.15); // 247 × 6,45
    expect(eclat("2022-07-22", { group: "B" }).conventionalFullTimeMonthly).toBe(1656.85); // 247 × 6,45 + 10 × 6,37
    expect(eclat("2022-07-23", { group: "A" }).conventionalFullTimeMonthly).toBe(1652.5); // 250 × 6,61
    expect(eclat("2022-07-23", { group: "B" }).conventionalFullTimeMonthly).toBe(1716.2); // 250 × 6,61 + 10 × 6,37
    expect(eclat("2022-12-31", { group: "A" }).conventionalFullTimeMonthly).toBe(1652.5);
    expect(eclat("2023-11-25", { group: "A" }).conventionalFullTimeMonthly).toBe(1712.5);
    expect(eclat("2023-11-26", { group: "A" }).conventionalFullTimeMonthly).toBe(1760.45);
    expect(eclat("2023-12-31", { group: "B" }).conventionalFullTimeMonthly).toBe(1779.95);
    expect(eclat("2024-01-01", { group: "B" }).conventionalFullTimeMonthly).toBe(1854.37);
    expect(eclat("2025-12-31", { group: "A" }).conventionalFullTimeMonthly).toBe(1837.55);
    expect(eclat("2026-01-01", { group: "A" }).conventionalFullTimeMonthly).toBe(1858.11);
  });

  it("accepts a group, a coefficient, both, a lower-case group, and the coordination coefficient of group C", () => {
    expect(eclat("2024-06-01", { coefficient: 265 }).classification).toMatchObject({ group: "B", coefficient: 265, category: "ouvrier-employe" });
    expect(eclat("2024-06-01", { group: "B", coefficient: 265 }).conventionalFullTimeMonthly).toBe(1854.37);
    expect(eclat("2024-06-01", { group: "b" }).classification.group).toBe("B");
    expect(eclat("2024-06-01", { group: "C" }).classification.coefficient).toBe(285);
    const c = eclat("2026-03-01", { group: "C", coefficient: 295 });
    expect(c.conventionalFullTimeMonthly).toBe(2116.89);
    expect(c.computation).toContain("257 × 7,23\u00a0€ (V1) + (295 − 257) × 6,81\u00a0€ (V2) = 2\u202f116,89\u00a0€");
    // Specific grid: professeur (level 2).
    expect(eclat("2024-06-01", { level: 2 }).classification).toMatchObject({ level: 2, coefficient: 265 });
  });

  it("before 2022: coefficient × the single point value", () => {
    const r = eclat("2020-06-01", { group: "B" });
    expect(r.conventionalFullTimeMonthly).toBe(1611.6);
    expect(r.computation).toContain("255 × 6,32\u00a0€");
    expect(r.verified).toBe(true);
    // 2021: group A at 247 from av. 182 art. 1.5.3 — marked unverified.
    const a2021 = eclat("2021-06-01", { group: "A" });
    expect(a2021.conventionalFullTimeMonthly).toBe(1561.04);
    expect(a2021.verified).toBe(false);
  });

  it("floors at the SMIC of the date (group A in January and May–July 2022, August 2022, May–November 2023, November 2024)", () => {
    const jan22 = eclat("2022-01-15", { group: "A" });
    expect([jan22.floor, jan22.fullTimeMonthly]).toEqual(["smic", 1603.12]);
    // 1 May 2022: SMIC 10,85 € × 151,67 h; a non-member still owes only 247 × 6,45 € until 22 July.
    const may22 = eclat("2022-05-01", { group: "A" });
    expect([may22.conventionalFullTimeMonthly, may22.floor, may22.fullTimeMonthly]).toEqual([1593.15, "smic", 1645.58]);
    const jul22 = eclat("2022-07-23", { group: "A" });
    expect([jul22.floor, jul22.fullTimeMonthly]).toEqual(["grid", 1652.5]);
    const aug22 = eclat("2022-08-01", { group: "A" });
    expect([aug22.floor, aug22.fullTimeMonthly]).toEqual(["smic", 1678.95]);
    const apr23 = eclat("2023-04-30", { group: "A" });
    expect([apr23.floor, apr23.fullTimeMonthly]).toEqual(["grid", 1712.5]);
    const may23 = eclat("2023-05-01", { group: "A" });
    expect([may23.floor, may23.fullTimeMonthly, may23.hourly]).toEqual(["smic", 1747.2, 11.52]);
    expect(may23.computation).toContain("1\u202f712,50\u00a0€ brut mensuel à temps plein < SMIC 1\u202f747,20\u00a0€");
    const nov24 = eclat("2024-11-01", { group: "A" });
    expect([nov24.conventionalFullTimeMonthly, nov24.floor, nov24.fullTimeMonthly, nov24.hourly]).toEqual([1801.57, "smic", 1801.8, 11.88]);
    const oct24 = eclat("2024-10-31", { group: "A" });
    expect([oct24.floor, oct24.fullTimeMonthly]).toEqual(["grid", 1801.57]);
  });

  it("prorates to working time: group B in 2024 at 28 h", () => {
    const r = eclat("2024-06-01", { group: "B" }, 28);
    expect(r.fullTimeMonthly).toBe(1854.37);
    expect(r.workingTimeRatio).toBe(0.8);
    expect(r.monthly).toBe(1483.5);
    expect(r.hourly).toBe(12.23);
    expect(r.computation).toBe(
      "257 × 7,01\u00a0€ (V1) + (265 − 257) × 6,60\u00a0€ (V2) = 1\u202f854,37\u00a0€ brut mensuel à temps plein ≥ SMIC 1\u202f766,92\u00a0€ ; × 28 h / 35 h = 1\u202f483,50\u00a0€",
    );
    expect(r.sources.some((s) => s.url?.includes("KALITEXT000048452545"))).toBe(true);
  });

  it("prorates the SMIC floor too (group A, May 2023, half time)", () => {
    const r = eclat("2023-06-01", { group: "A" }, 17.5);
    expect([r.floor, r.monthly]).toEqual(["smic", 873.6]);
  });

  it("reports the Labo de l'ESS « Employé A 255 » (2023) as matching no rung, with the nearest readings", () => {
    const r = fail({
      idcc: "1518",
      classification: { category: "ouvrier-employe", group: "A", coefficient: 255, label: "Employé A 255" },
      date: "2023-09-01",
    });
    expect(r.reason).toBe("classification-not-found");
    expect(r.message).toContain("Employé A 255");
    expect(r.smicFullTimeMonthly).toBe(1747.2);
    const byRelation = Object.fromEntries(r.nearest!.map((n) => [n.relation, n]));
    expect(byRelation["same-group"]).toMatchObject({ classification: { group: "A", coefficient: 250 }, fullTimeMonthly: 1712.5 });
    expect(byRelation["coefficient-as-individual-points"]).toMatchObject({ classification: { group: "A", coefficient: 255 }, fullTimeMonthly: 1745 });
    expect(byRelation["coefficient-as-individual-points"]!.computation).toBe("250 × 6,85\u00a0€ (V1) + (255 − 250) × 6,50\u00a0€ (V2) = 1\u202f745,00\u00a0€");
    expect(byRelation["nearest-coefficient"]).toMatchObject({ classification: { group: "B", coefficient: 260 }, fullTimeMonthly: 1777.5 });
    expect(byRelation["earlier-grid"]).toMatchObject({
      classification: { group: "B", coefficient: 255 },
      effectiveFrom: "2019-10-16",
      effectiveUntil: "2021-12-31",
    });
  });

  it("also rejects « A 255 » in 2022, 2024 and 2026", () => {
    for (const date of ["2022-06-01", "2024-06-01", "2026-02-01"]) {
      expect(fail({ idcc: "1518", classification: { group: "A", coefficient: 255 }, date }).reason).toBe("classification-not-found");
    }
  });

  it("reports a category that contradicts the group, group K without minimum, and dates before the first encoded grid", () => {
    expect(fail({ idcc: "1518", classification: { category: "cadre", group: "A" }, date: "2024-06-01" }).reason).toBe("classification-not-found");
    expect(fail({ idcc: "1518", classification: { group: "K" }, date: "2024-06-01" }).reason).toBe("no-minimum-for-classification");
    const early = fail({ idcc: "1518", classification: { group: "A" }, date: "2019-10-15" });
    expect(early.reason).toBe("no-value-at-date");
    expect(early.message).toContain("2019-10-16");
    expect(fail({ idcc: "1518", classification: {}, date: "2024-06-01" }).reason).toBe("classification-missing");
    expect(fail({ idcc: "1518", classification: { group: "Z" }, date: "2024-06-01" }).reason).toBe("classification-not-found");
  });
});

describe("agreementMinimumPay — Sport (2511)", () => {
  const sport = (date: string, group: string, weeklyHours?: number) =>
    ok({ idcc: "2511", classification: { group }, date, ...(weeklyHours === undefined ? {} : { weeklyHours }) });

  it("gives the group's monthly amount, and one twelfth of the annual amount for groups 7–8", () => {
    expect(sport("2024-06-01", "3").conventionalFullTimeMonthly).toBe(1958.5);
    expect(sport("2024-06-01", "3").classification.category).toBe("technicien-agent-de-maitrise");
    expect(sport("2025-06-30", "3").conventionalFullTimeMonthly).toBe(1958.5);
    expect(sport("2025-07-01", "3").conventionalFullTimeMonthly).toBe(1978.09);
    expect(sport("2026-01-01", "6").conventionalFullTimeMonthly).toBe(2865.97);
    expect(sport("2024-06-01", "7").conventionalFullTimeMonthly).toBe(3316.5);
    expect(sport("2024-06-01", "7").computation).toContain("39\u202f798\u00a0€ par an / 12");
  });

  it("floors group 1 at the SMIC when it is below (mid-2023, June 2026)", () => {
    const r = sport("2023-07-01", "1");
    expect([r.conventionalFullTimeMonthly, r.floor, r.fullTimeMonthly]).toEqual([1737, "smic", 1747.2]);
    const r24 = sport("2024-01-01", "1");
    expect([r24.floor, r24.fullTimeMonthly]).toEqual(["grid", 1812]);
    const r26 = sport("2026-06-01", "1");
    expect([r26.conventionalFullTimeMonthly, r26.floor, r26.fullTimeMonthly]).toEqual([1848.42, "smic", 1867.02]);
  });

  it("warns that the part-time increase under 24 h is not applied, and has no grid before 2023", () => {
    const r = sport("2024-06-01", "2", 10);
    expect(r.monthly).toBe(528); // 1 848 × 10/35
    expect(r.notes.join(" ")).toContain("24 h");
    expect(fail({ idcc: "2511", classification: { group: "1" }, date: "2022-12-31" }).reason).toBe("no-value-at-date");
    expect(fail({ idcc: "2511", classification: { group: "9" }, date: "2024-06-01" }).reason).toBe("classification-not-found");
  });
});

describe("agreementMinimumPay — ALISFA (1261)", () => {
  it("2024: (SSC + pesée × point) / 12", () => {
    const r = ok({ idcc: "1261", classification: { coefficient: 43 }, date: "2024-03-01" });
    expect(r.conventionalFullTimeMonthly).toBe(2038.75);
    expect(r.computation).toContain("(22\u202f100\u00a0€ + 43 × 55\u00a0€) / 12 = 2\u202f038,75\u00a0€");
    expect(r.verified).toBe(false); // SSC 22 100 € seen only in the branch's consolidated text
    expect(r.floor).toBe("grid");
  });

  it("after 2024 the last known values are used and flagged", () => {
    const r = ok({ idcc: "1261", classification: { coefficient: 100 }, date: "2025-06-01" });
    expect(r.conventionalFullTimeMonthly).toBe(2300); // (22 100 + 5 500) / 12
    expect(r.verified).toBe(false);
    expect(r.notes.join(" ")).toContain("2025");
  });

  it("before 2024: the former system, unverified, from June 2023 only; a pesée is required", () => {
    const r = ok({ idcc: "1261", classification: { coefficient: 301 }, date: "2023-06-01" });
    // max(57,50 × 301 ; 21 147 + 15 × 9) / 12 = 21 282 / 12
    expect(r.conventionalFullTimeMonthly).toBe(1773.5);
    expect(r.verified).toBe(false);
    expect(fail({ idcc: "1261", classification: { coefficient: 301 }, date: "2023-05-31" }).reason).toBe("no-value-at-date");
    expect(fail({ idcc: "1261", classification: { group: "A" }, date: "2024-03-01" }).reason).toBe("classification-missing");
  });
});

describe("agreementMinimumPay — BAD (2941)", () => {
  it("coefficient × point value, floored at the SMIC (employé degré 1 échelon 1 in 2024)", () => {
    const jun = ok({ idcc: "2941", classification: { group: "1", level: 1 }, date: "2024-06-01" });
    expect([jun.conventionalFullTimeMonthly, jun.floor, jun.fullTimeMonthly]).toEqual([1777.16, "grid", 1777.16]);
    expect(jun.computation).toContain("308 × 5,77\u00a0€");
    const nov = ok({ idcc: "2941", classification: { coefficient: 308 }, date: "2024-11-01" });
    expect([nov.floor, nov.fullTimeMonthly]).toEqual(["smic", 1801.8]);
    expect(ok({ idcc: 2941, classification: { coefficient: 359 }, date: "2025-03-01" }).conventionalFullTimeMonthly).toBe(2071.43);
  });

  it("a degree without échelon is ambiguous; the TAM and cadre rungs are not encoded; no grid before 2024", () => {
    const amb = fail({ idcc: "2941", classification: { group: "1" }, date: "2024-06-01" });
    expect(amb.reason).toBe("classification-ambiguous");
    expect(amb.nearest!.map((n) => n.fullTimeMonthly)).toEqual([1777.16, 1817.55, 1909.87]);
    expect(fail({ idcc: "2941", classification: { category: "cadre", group: "1" }, date: "2024-06-01" }).reason).toBe("classification-not-encoded");
    expect(fail({ idcc: "2941", classification: { coefficient: 308 }, date: "2023-12-31" }).reason).toBe("no-value-at-date");
  });
});

describe("agreementMinimumPay — bad input", () => {
  it("unknown IDCC, agreement without an encoded grid", () => {
    expect(fail({ idcc: "9999", classification: { group: "A" }, date: "2024-06-01" }).reason).toBe("unknown-agreement");
    expect(fail({ idcc: "15180", classification: { group: "A" }, date: "2024-06-01" }).reason).toBe("unknown-agreement");
    const chrs = fail({ idcc: "0783", classification: { coefficient: 400 }, date: "2024-06-01" });
    expect([chrs.reason, chrs.idcc]).toEqual(["no-grid", "0783"]);
  });

  it("invalid date or working time; never throws on garbage", () => {
    expect(fail({ idcc: "1518", classification: { group: "A" }, date: "2024-02-30" }).reason).toBe("invalid-date");
    for (const weeklyHours of [0, -5, 60, Number.NaN]) {
      expect(fail({ idcc: "1518", classification: { group: "A" }, date: "2024-06-01", weeklyHours }).reason).toBe("invalid-working-time");
    }
    expect(agreementMinimumPay(undefined as unknown as AgreementMinimumPayInput).ok).toBe(false);
    expect(agreementMinimumPay({ idcc: null, classification: null, date: "2024-06-01" } as unknown as AgreementMinimumPayInput).ok).toBe(false);
    expect(agreementMinimumPay({ idcc: "1518", classification: null, date: "2024-06-01" } as unknown as AgreementMinimumPayInput).ok).toBe(false);
  });

  it("accepts IDCC as a number or with the IDCC prefix", () => {
    expect(ok({ idcc: 1518, classification: { group: "A" }, date: "2024-06-01" }).idcc).toBe("1518");
    expect(ok({ idcc: "IDCC 1518", classification: { group: "A" }, date: "2024-06-01" }).agreement).toBe("ÉCLAT");
  });
});

describe("agreementMinimumPay — input that cannot be read", () => {
  it("gives reason invalid-input for a value that is not an object, a proxy or a throwing getter", () => {
    const throwing = () => {
      throw new Error("hostile");
    };
    const inputs: unknown[] = [
      undefined,
      null,
      "1518",
      new Proxy({}, { get: throwing }),
      Object.defineProperty({ idcc: "1518", date: "2024-06-01" }, "classification", { enumerable: true, get: throwing }),
      { idcc: { [Symbol.toPrimitive]: throwing }, classification: { group: "B" }, date: "2024-06-01" },
    ];
    for (const input of inputs) {
      expect(agreementMinimumPay(input as AgreementMinimumPayInput)).toMatchObject({ ok: false, reason: "invalid-input" });
    }
  });
});
