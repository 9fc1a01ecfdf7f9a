import { expect } from "vitest";
import { agreementMinimumPay, type AgreementMinimumPayInput } from "../../src/agreement/agreementMinimumPay.js";

/** The minimum for an input that must succeed (the failure's reason and message otherwise). */
export const ok = (input: AgreementMinimumPayInput) => {
  const r = agreementMinimumPay(input);
  if (!r.ok) throw new Error(`${r.reason}: ${r.message}`);
  return r;
};

/** Asserts that one of the result's sources links to the given Légifrance id. */
export const cites = (r: { sources: { url?: string }[] }, id: string) => expect(r.sources.some((s) => s.url?.includes(id))).toBe(true);
