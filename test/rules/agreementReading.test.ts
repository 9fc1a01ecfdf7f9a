// The rules' agreement readings, remembered by value: each is agreementMinimumPay's own, and inputs that
// differ in any value (a coefficient as a string or a number, the hours, the date) are never confused.
import { describe, expect, it } from "vitest";
import { agreementMinimumPay, type AgreementMinimumPayInput } from "../../src/agreement/agreementMinimumPay.js";
import type { JobPosting } from "../../src/jobPosting/JobPostingSchema.js";
import { agreementReading } from "../../src/rules/agreementReading.js";

const posting = { title: "Chargé·e de projet", organisation: { name: "Labo" }, contracts: [{ type: "cdi" }] } as JobPosting;

describe("agreementReading", () => {
  it("gives agreementMinimumPay's reading, and tells apart inputs that differ in one value", () => {
    const inputs: AgreementMinimumPayInput[] = [
      { idcc: "1518", classification: { group: "A", coefficient: 255 }, date: "2023-09-01", weeklyHours: 35 },
      { idcc: "1518", classification: { group: "A", coefficient: "255" as unknown as number }, date: "2023-09-01", weeklyHours: 35 },
      { idcc: "1518", classification: { group: "B" }, date: "2024-06-01", weeklyHours: 35 },
      { idcc: "1518", classification: { group: "B" }, date: "2024-06-01", weeklyHours: 28 },
      { idcc: "1518", classification: { group: "B" }, date: "2019-06-01", weeklyHours: 28 },
      { idcc: "1518", classification: { group: "B", label: "Animateur" }, date: "2024-06-01", weeklyHours: 28 },
    ];
    for (let round = 0; round < 2; round++) {
      for (const input of inputs) {
        const context = { date: input.date, cache: new Map<string, unknown>() };
        expect(agreementReading(posting, context, input), JSON.stringify(input)).toEqual(agreementMinimumPay(input));
      }
    }
    // The readings themselves differ, so a confusion would show.
    const direct = inputs.map((i) => JSON.stringify(agreementMinimumPay(i)));
    expect(new Set(direct).size).toBe(inputs.length - 1); // the label is not read when the group matches one rung
    const b28 = agreementMinimumPay(inputs[3]!);
    expect(b28.ok && b28.monthly).toBe(1483.5); // ÉCLAT group B, 28 h, June 2024
  });

  it("remembers a reading by value, whichever object holds the classification", () => {
    const context = { date: "2024-06-01", cache: new Map<string, unknown>() };
    const a = agreementReading(posting, context, { idcc: "1518", classification: { group: "C" }, date: "2024-06-01", weeklyHours: 35 });
    const b = agreementReading(posting, context, { idcc: "1518", classification: { group: "C" }, date: "2024-06-01", weeklyHours: 35 });
    expect(b).toBe(a);
  });
});
