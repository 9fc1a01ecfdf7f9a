import { describe, expect, it } from "vitest";
import { agreementMinimumPay } from "../../src/agreement/agreementMinimumPay.js";
import { cites, ok } from "./okMinimum.js";

describe("CCN 66 (IDCC 0413): coefficient × point + indemnité de sujétion spéciale", () => {
  it("2021: éducatrice spécialisée at the entry step, 434 × 3,82 € + 9,21 % (avenants 361 and 354)", () => {
    const r = ok({ idcc: "0413", classification: { label: "Éducatrice spécialisée (H/F)" }, date: "2021-06-01" });
    expect(r.classification).toMatchObject({ coefficient: 434, seniorityYears: 0 });
    expect(r.conventionalFullTimeMonthly).toBe(1810.57); // 1 657,88 + 152,69
    expect(r.floor).toBe("grid");
    expect(r.verified).toBe(true);
    expect(r.notes.join(" ")).toMatch(/Ancienneté non précisée : l'échelon de début/);
    expect(r.notes.join(" ")).toMatch(/Ségur/);
    cites(r, "KALITEXT000044201828");
    cites(r, "KALIARTI000043075016");
  });

  it("2022-09: coefficient 411 (moniteur-éducateur, début) at the 3,93 € of the 2022 recommendation, unverified", () => {
    const r = ok({ idcc: "0413", classification: { coefficient: 411 }, date: "2022-09-01" });
    expect(r.conventionalFullTimeMonthly).toBe(1763.99); // 411 × 3,93 = 1 615,23 + 148,76
    expect(r.verified).toBe(false);
  });

  it("2024: moniteur-éducateur with 4 years' seniority is on the 'après 3 ans' step (453)", () => {
    const r = ok({ idcc: "0413", classification: { label: "moniteur-éducateur", seniorityYears: 4 }, date: "2024-06-01" });
    expect(r.classification.coefficient).toBe(453);
    expect(r.conventionalFullTimeMonthly).toBe(1944.25);
  });

  it("a métier not encoded is reported as such, not priced at the SMIC", () => {
    const r = agreementMinimumPay({ idcc: "0413", classification: { label: "psychologue" }, date: "2024-06-01" });
    expect(r.ok ? undefined : r.reason).toBe("classification-not-encoded");
  });
});

describe("Missions locales (IDCC 2190): indice professionnel of the cotation × point", () => {
  it("2022: cotation 14, IP 488 × 4,63 €", () => {
    const r = ok({ idcc: "2190", classification: { level: 14 }, date: "2022-06-01" });
    expect(r.conventionalFullTimeMonthly).toBe(2259.44);
    cites(r, "KALITEXT000041405450");
  });
  it("2023-03: cotation 5, IP 362 (avenant 73) × 4,82 €", () => {
    expect(ok({ idcc: "2190", classification: { group: "5" }, date: "2023-03-01" }).conventionalFullTimeMonthly).toBe(1744.84);
  });
  it("2023-09: cotation 14 × 5,01 €", () => {
    const r = ok({ idcc: "2190", classification: { group: "14" }, date: "2023-09-01" });
    expect(r.conventionalFullTimeMonthly).toBe(2444.88);
    cites(r, "KALITEXT000047137395");
  });
});

describe("Ateliers et chantiers d'insertion (IDCC 3016): coefficient of the job and level × point", () => {
  it("2020: assistant technique A, 255 × 6,05 € = 1 542,75 € as avenant 27 prints it", () => {
    const r = ok({ idcc: "3016", classification: { label: "Assistante technique", group: "A" }, date: "2020-06-01" });
    expect(r.conventionalFullTimeMonthly).toBe(1542.75);
  });
  it("2022-07: encadrant technique pédagogique et social B, 315 × 6,35 € = 2 000,25 € (avenant 30)", () => {
    const r = ok({ idcc: "3016", classification: { label: "Encadrant technique pédagogique et social", group: "B" }, date: "2022-07-01" });
    expect(r.conventionalFullTimeMonthly).toBe(2000.25);
    cites(r, "KALITEXT000046240914");
  });
  it("2023: directeur C, 505 × 6,67 € = 3 368,35 € (avenant 31)", () => {
    expect(ok({ idcc: "3016", classification: { label: "Directrice", group: "C" }, date: "2023-03-01" }).conventionalFullTimeMonthly).toBe(3368.35);
  });
  it("a level without the job is ambiguous", () => {
    const r = agreementMinimumPay({ idcc: "3016", classification: { group: "B" }, date: "2023-03-01" });
    expect(r.ok ? undefined : r.reason).toBe("classification-ambiguous");
  });
});

describe("Tourisme social et familial (IDCC 1316): an amount per level", () => {
  it("2020: level D, 1 749 € (avenant 64)", () => {
    expect(ok({ idcc: "1316", classification: { group: "D" }, date: "2020-06-01" }).conventionalFullTimeMonthly).toBe(1749);
  });
  it("2022-03: level A, 1 600 € (avenant 71), below the SMIC of 1 603,12 €: the SMIC applies", () => {
    const r = ok({ idcc: "1316", classification: { group: "A" }, date: "2022-03-01" });
    expect([r.conventionalFullTimeMonthly, r.floor, r.fullTimeMonthly]).toEqual([1600, "smic", 1603.12]);
  });
  it("2023-06: level G, 3 108 € (avenant 73)", () => {
    const r = ok({ idcc: "1316", classification: { group: "G" }, date: "2023-06-01" });
    expect(r.conventionalFullTimeMonthly).toBe(3108);
    cites(r, "KALITEXT000047137081");
  });
});

describe("Organismes de formation (IDCC 1516): annual minimum of the coefficient's palier", () => {
  it("2022-12: coefficient 150 is palier 5, 20 710,10 € a year (avenant du 30 novembre 2022)", () => {
    const r = ok({ idcc: "1516", classification: { coefficient: 150 }, date: "2022-12-15" });
    expect(r.classification.group).toBe("5");
    expect(r.conventionalFullTimeMonthly).toBe(1725.84); // 20 710,10 / 12
  });
  it("2024: no 2024 avenant, the 2023 grid still applies: palier 26 (coefficient 350), 40 366,03 € a year", () => {
    const r = ok({ idcc: "1516", classification: { coefficient: 350 }, date: "2024-06-01" });
    expect(r.conventionalFullTimeMonthly).toBe(3363.84);
    cites(r, "KALITEXT000047881030");
  });
  it("2025: palier 1, 22 090,38 € a year (avenant du 18 novembre 2024), above the SMIC's 21 621,60 €", () => {
    const r = ok({ idcc: "1516", classification: { group: "1" }, date: "2025-03-01" });
    expect([r.conventionalFullTimeMonthly, r.floor]).toEqual([1840.87, "grid"]);
  });
});

describe("Habitat et logement accompagnés (IDCC 2336, FSJT): Pmin × VSo + (pesée − Pmin) × VTrS", () => {
  it("2022: intervenant social et éducatif (emploi-repère 16, pesée 1 823): 1 377 × 1,15 € + 446 × 1,13 € (avenant 56)", () => {
    const r = ok({ idcc: "2336", classification: { label: "Intervenante sociale et éducative" }, date: "2022-06-01" });
    expect(r.conventionalFullTimeMonthly).toBe(2087.53);
    cites(r, "KALITEXT000044463845");
  });
  it("2023-11: animateur (emploi-repère 10, pesée 1 579) with VSo 1,175 € from avenant 62's extension", () => {
    const r = ok({ idcc: "2336", classification: { group: "10" }, date: "2023-11-01" });
    expect(r.conventionalFullTimeMonthly).toBe(1846.24);
    expect(r.verified).toBe(true);
  });
  it("2024-06: responsable de secteur (emploi-repère 18) with the VTrS of avenant 63 (1,153 €), from the trade press: unverified", () => {
    const r = ok({ idcc: "2336", classification: { group: "18" }, date: "2024-06-01" });
    expect(r.conventionalFullTimeMonthly).toBe(2535.76);
    expect(r.verified).toBe(false);
  });
});

describe("Régies de quartier (IDCC 3105): amount of the échelon, non-extended accords", () => {
  it("2015: échelon 3 C (coefficient 210), 1 913,10 € (accord du 15 décembre 2014)", () => {
    const r = ok({ idcc: "3105", classification: { group: "3C" }, date: "2015-06-01" });
    expect(r.conventionalFullTimeMonthly).toBe(1913.1);
    expect(r.notes.join(" ")).toMatch(/not extended/);
  });
  it("2016 to June 2022: unknown, no minimum rather than a stale one", () => {
    const r = agreementMinimumPay({ idcc: "3105", classification: { group: "3C" }, date: "2019-06-01" });
    expect(r.ok ? undefined : r.reason).toBe("no-value-at-date");
  });
  it("2022-09: coefficient 210 (3 B), 2 108 € (accord du 7 octobre 2022)", () => {
    const r = ok({ idcc: "3105", classification: { coefficient: 210 }, date: "2022-09-01" });
    expect(r.conventionalFullTimeMonthly).toBe(2108);
    cites(r, "KALITEXT000046971100");
  });
  it("2024-06: the 2022 accord still in force (no later accord found): 3 C 2 209 €, 6 B 4 217 € (coefficient × 10,04 € rounded)", () => {
    const c3 = ok({ idcc: "3105", classification: { group: "3C" }, date: "2024-06-01" });
    expect([c3.classification.coefficient, c3.conventionalFullTimeMonthly, c3.floor]).toEqual([220, 2209, "grid"]);
    cites(c3, "KALITEXT000046971100");
    expect(ok({ idcc: "3105", classification: { group: "6B" }, date: "2024-06-01" }).conventionalFullTimeMonthly).toBe(4217);
    // 1 B (174 points, 1 747 €) is now under the SMIC of 1 January 2024 (11,65 € × 151,67 h = 1 766,92 €).
    const b1 = ok({ idcc: "3105", classification: { group: "1B" }, date: "2024-06-01" });
    expect([b1.conventionalFullTimeMonthly, b1.floor, b1.fullTimeMonthly]).toEqual([1747, "smic", 1766.92]);
  });
  it("2024: échelon 1 A is the SMIC", () => {
    const r = ok({ idcc: "3105", classification: { group: "1A" }, date: "2024-06-01" });
    expect([r.floor, r.fullTimeMonthly]).toEqual(["smic", 1766.92]);
  });
});

describe("CCN 66: aide médico-psychologique", () => {
  it("2022-09: AMP at the entry step, coefficient 396 below the minimum index 403 of the 2022 recommendation: 403 is used", () => {
    const r = ok({ idcc: "0413", classification: { label: "Aide médico-psychologique (AMP)" }, date: "2022-09-01" });
    expect(r.notes.join(" ")).toMatch(/Coefficient 396 inférieur à l'indice du salaire minimum conventionnel \(403\)/);
    expect(r.conventionalFullTimeMonthly).toBe(1729.66); // 403 × 3,93 = 1 583,79 + 9,21 % (145,87)
  });
});
