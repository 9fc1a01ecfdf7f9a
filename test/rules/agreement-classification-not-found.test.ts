import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "agreement/classification-not-found";
const classified = (classification: NonNullable<JobPosting["collectiveAgreement"]>["classification"], posted = "2023-07-01"): JobPosting => ({
  ...base,
  dates: { posted },
  application: {},
  collectiveAgreement: { idcc: "1518", name: "Animation - ECLAT", classification: classification! },
});

describe(CODE, () => {
  it("reports the Labo de l'ESS's 'Employé A 255' in 2023 with the nearest readings", () => {
    const [d] = lintCode(classified({ category: "ouvrier-employe", group: "A", coefficient: 255, label: "Employé A 255" }), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "warning", path: ["collectiveAgreement", "classification"] });
    expect(d!.message).toContain("aucun échelon de la grille en vigueur au 2023-07-01");
    expect(d!.message).toMatch(/Groupe B : 1\s?777,50\s€/u); // with or without a thousands separator (src/pay is being changed to add one)
    const [en] = lintCode(classified({ group: "A", coefficient: 255 }), CODE, { locale: "en" });
    expect(en!.message).toContain("no rung of the grid in force at that date matches the classification");
  });

  it("accepts a rung of the grid, and agreements whose grid is not encoded", () => {
    expect(lintCode(classified({ group: "B" }), CODE)).toEqual([]);
    expect(lintCode({ ...classified({ coefficient: 400 }), collectiveAgreement: { idcc: "0413", classification: { coefficient: 400 } } }, CODE)).toEqual([]);
  });
});
