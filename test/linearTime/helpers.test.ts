// Linear time on hostile text, for the exported helpers that are neither validation, lint, rules,
// parsePay nor the importers (those have their own linear-time tests): each runs on text of 10 KB,
// 100 KB and 1 MB made of repetitions of the words, digits and punctuation it reacts to, and its time
// must grow about as the size does (a ratio, never an absolute time).
import { describe, expect, it } from "vitest";
import {
  agreementMinimumPay,
  checkEligibility,
  collectiveAgreement,
  comparePayWithMinimum,
  estimateNetPay,
  formatPay,
  isIsoDate,
  isValidSiren,
  isValidSiret,
  legalMinimumPay,
  monthlyGrossRange,
  normaliseIdcc,
  normalisePay,
  postingDate,
  smicAt,
  type JobPosting,
  type Pay,
} from "../../src/index.js";
import { expectLinear, repeat } from "./support.js";

const TEXTS: Record<string, string> = {
  words: "1700 à 2000 € brut mensuel selon convention IDCC 1518 coefficient 280 ",
  digits: "1".repeat(50) + " ",
  punctuation: "-./:;,€%()[]{}<>'\"«» ",
  dates: "2024-02-30T",
};

const posting = (text: string): JobPosting =>
  ({
    title: text,
    organisation: { name: text, idcc: text },
    contracts: [{ type: "cdd", weeklyHours: 35, durationText: text }],
    dates: { posted: text },
    pay: { amount: { min: 1700, max: 2000, currency: "EUR", basis: "gross", period: "month" }, text, dependsOn: [text] },
    eligibility: { anyOf: [{ label: text, allOf: [{ type: "other", text }, { type: "age", min: 16, max: 25 }] }] },
    description: text,
  }) as unknown as JobPosting;

describe("exported helpers: time grows at most linearly with hostile text (10 KB, 100 KB, 1 MB)", () => {
  for (const [kind, unit] of Object.entries(TEXTS)) {
    describe(kind, () => {
      it("formatPay, normalisePay, monthlyGrossRange", () => {
        const pay = (n: number) => ({ amount: { min: 1700, max: 2000, currency: "EUR", basis: "gross", period: "month" }, text: repeat(unit, n), dependsOn: [repeat(unit, n)] }) as unknown as Pay;
        expectLinear(pay, (p) => formatPay(p));
        expectLinear(pay, (p) => normalisePay(p));
        expectLinear(pay, (p) => monthlyGrossRange(p));
      });
      it("checkEligibility, postingDate, legalMinimumPay, comparePayWithMinimum", () => {
        const make = (n: number) => posting(repeat(unit, n));
        expectLinear(make, (p) => checkEligibility(p, { age: 20 }, { date: "2024-03-01" }));
        expectLinear(make, (p) => postingDate(p));
        expectLinear(make, (p) => legalMinimumPay(p, { date: "2024-03-01" }));
        expectLinear(make, (p) => comparePayWithMinimum(p, { date: "2024-03-01" }));
      });
      it("normaliseIdcc, collectiveAgreement, agreementMinimumPay, isValidSiren, isValidSiret, isIsoDate, smicAt, estimateNetPay", () => {
        const text = (n: number) => repeat(unit, n);
        expectLinear(text, (t) => normaliseIdcc(t));
        expectLinear(text, (t) => collectiveAgreement(t));
        expectLinear(text, (t) => agreementMinimumPay({ idcc: t, classification: { coefficient: t } as never, date: t }));
        expectLinear(text, (t) => isValidSiren(t));
        expectLinear(text, (t) => isValidSiret(t));
        expectLinear(text, (t) => isIsoDate(t));
        expectLinear(text, (t) => smicAt(t));
        expectLinear(text, (t) => estimateNetPay(2000, { date: t }));
      });
    });
  }
});
