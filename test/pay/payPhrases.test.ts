import { describe, expect, it } from "vitest";
import { parsePay } from "../../src/index.js";
import { PAY_PHRASES, readsExactly } from "./payPhrases.js";

/**
 * Phrases parsePay does not read exactly yet, and why. The test requires them to fail, so that a fix
 * removes them from this list.
 */
const KNOWN_MISSES: Record<string, string> = {
  "Salaire : à partir de 12.13/h": "no currency: a number before « /h » is not taken for money",
  "1 784.00€ brut/mois + Prime de salissure : 36.21€ net/mois + Indemnité de panier repas : 6€ /jour + 5€ prime chauffeur/jours..":
    "several amounts: parsePay cannot tell the salary from the bonuses (the schema has no place for bonuses in Pay)",
};

/** Where a phrase comes from: a France Travail offer id, or a public page's address. */
const SOURCE = /^(?:france-travail:[0-9A-Z]{7}|https?:\/\/\S+)$/;

describe("parsePay on real salary phrases (corpus/pay-phrases.json)", () => {
  it("holds at least 150 distinct real phrases, each with its source", () => {
    expect(PAY_PHRASES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(PAY_PHRASES.map((p) => p.phrase)).size).toBe(PAY_PHRASES.length);
    for (const p of PAY_PHRASES) expect(p.source, p.phrase).toMatch(SOURCE);
  });

  for (const p of PAY_PHRASES) {
    const miss = KNOWN_MISSES[p.phrase];
    (miss ? it.fails : it)(`reads ${JSON.stringify(p.phrase)} (${p.source})${miss ? `: known miss, ${miss}` : ""}`, () => {
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
