import { describe, expect, it } from "vitest";
import { parsePay } from "../../src/index.js";
import { PAY_PHRASES, readsExactly } from "./payPhrases.js";

/** Where a phrase comes from: a France Travail offer id, or a public page's address. */
const SOURCE = /^(?:france-travail:[0-9A-Z]{7}|https?:\/\/\S+)$/;

describe("parsePay on real salary phrases (corpus/pay-phrases.json)", () => {
  it("holds at least 150 distinct real phrases, each with its source", () => {
    expect(PAY_PHRASES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(PAY_PHRASES.map((p) => p.phrase)).size).toBe(PAY_PHRASES.length);
    for (const p of PAY_PHRASES) expect(p.source, p.phrase).toMatch(SOURCE);
  });

  for (const p of PAY_PHRASES) {
    it(`reads ${JSON.stringify(p.phrase)} (${p.source})`, () => {
      const r = parsePay(p.phrase);
      if (!p.expected.ok) {
        expect(r.ok ? r.pay : r.error.code).toBe(p.expected.code);
        return;
      }
      expect(r.ok ? undefined : r.error).toBeUndefined();
      if (!r.ok) return;
      const { text, ...pay } = r.pay;
      expect(text).toBe(p.phrase);
      expect(pay).toEqual(p.expected.pay);
      expect("collectiveAgreement" in r ? r.collectiveAgreement : undefined).toEqual(p.expected.collectiveAgreement);
    });
  }

  it("is exact on at least 95 % of them", () => {
    const exact = PAY_PHRASES.filter(readsExactly).length;
    expect(exact / PAY_PHRASES.length).toBeGreaterThanOrEqual(0.95);
  });
});
