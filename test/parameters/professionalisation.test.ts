import { describe, expect, it } from "vitest";
import { professionalisationAgreementMinimumShare } from "../../src/parameters/professionalisation/professionalisationAgreementMinimumShare.js";
import { professionalisationMinimumPayAt } from "../../src/parameters/professionalisation/professionalisationMinimumPayAt.js";
import { professionalisationYouthAgeRange } from "../../src/parameters/professionalisation/professionalisationYouthAgeRange.js";
import { valueAt } from "../../src/parameters/valueAt.js";

describe("professionalisationMinimumPayAt (D6325-15, D6325-18)", () => {
  it("under 21: 55 % below bac pro, 65 % from bac pro", () => {
    const low = professionalisationMinimumPayAt({ date: "2024-06-15", age: 20, qualifiedAtBacPro: false })!;
    expect(low.rate).toBe(0.55);
    expect(low.monthly).toBe(971.81);
    expect(low.qualificationAssumed).toBe(false);
    expect(professionalisationMinimumPayAt({ date: "2024-06-15", age: 20, qualifiedAtBacPro: true })!.rate).toBe(0.65);
  });
  it("21–25: 70 % / 80 %", () => {
    expect(professionalisationMinimumPayAt({ date: "2024-06-15", age: 21, qualifiedAtBacPro: false })!.rate).toBe(0.7);
    const high = professionalisationMinimumPayAt({ date: "2024-06-15", age: 25, qualifiedAtBacPro: true })!;
    expect(high.rate).toBe(0.8);
    expect(high.monthly).toBe(1413.54);
    expect(high.agreementMinimumShare).toBeNull();
  });
  it("26 and over: the SMIC, and 85 % of the agreement minimum for the caller", () => {
    const pay = professionalisationMinimumPayAt({ date: "2024-11-01", age: 30 })!;
    expect(pay.rate).toBe(1);
    expect(pay.monthly).toBe(1801.8);
    expect(pay.agreementMinimumShare).toBe(0.85);
    expect(pay.qualification).toBe("any");
    expect(pay.qualificationAssumed).toBe(false);
    expect(valueAt(professionalisationAgreementMinimumShare, "2024-06-15")?.value).toBe(0.85);
  });
  it("uses the lower floor when the qualification is unknown, and says so", () => {
    const pay = professionalisationMinimumPayAt({ date: "2024-06-15", age: 19 })!;
    expect(pay.rate).toBe(0.55);
    expect(pay.qualificationAssumed).toBe(true);
  });
  it("returns undefined for bad input", () => {
    expect(professionalisationMinimumPayAt({ date: "2024-06-31", age: 20 })).toBeUndefined();
    expect(professionalisationMinimumPayAt({ date: "2024-06-15", age: 15 })).toBeUndefined();
    expect(professionalisationMinimumPayAt({ date: "2024-06-15", age: Number.NaN })).toBeUndefined();
    expect(professionalisationMinimumPayAt({ date: "2014-12-31", age: 20 })).toBeUndefined();
  });
  it("is open to anyone aged 16 to 25 révolus", () => {
    expect(valueAt(professionalisationYouthAgeRange, "2024-06-15")?.value).toEqual({ min: 16, max: 25 });
  });
});
