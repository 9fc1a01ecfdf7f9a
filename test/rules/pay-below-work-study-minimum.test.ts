import { describe, expect, it } from "vitest";
import type { JobPosting } from "../../src/index.js";
import { base, lintCode } from "./lintCode.js";

const CODE = "pay/below-work-study-minimum";
const apprentice = (value: number): JobPosting => ({
  ...base,
  dates: { posted: "2024-06-01" },
  application: {},
  contracts: [{ type: "apprentissage" }],
  pay: { amount: { value, currency: "EUR", basis: "gross", period: "month" } },
});

describe(CODE, () => {
  it("is an error below the lowest bracket, whatever the age (27 % of 1 766,92 € = 477,07 € in 2024)", () => {
    const [d] = lintCode(apprentice(450), CODE);
    expect(d).toMatchObject({ code: CODE, severity: "error", path: ["pay", "amount", "value"] });
    expect(d!.message).toBe(
      "La rémunération indiquée (450\u00a0€ brut par mois) est inférieure au minimum légal de ce contrat quel que soit l'âge du candidat (au moins 477,07\u00a0€).",
    );
  });

  it("is only info when the pay is too low for older candidates: the age is unknown", () => {
    const [d] = lintCode(apprentice(900), CODE);
    expect(d).toMatchObject({ severity: "info", path: ["pay", "amount", "value"] });
    expect(d!.message).toContain("jusqu'à 1\u202f766,92\u00a0€ selon l'âge");
  });

  it("accepts a pay at or above the highest bracket, and a caller's severity wins", () => {
    expect(lintCode(apprentice(1766.92), CODE)).toEqual([]);
    expect(lintCode(apprentice(900), CODE, { rules: { [CODE]: "warning" } })[0]?.severity).toBe("warning");
  });
});
