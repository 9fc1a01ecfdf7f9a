import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parsePay } from "../../src/index.js";

/** One real salary phrase and the result its meaning calls for. */
export interface PayPhrase {
  phrase: string;
  source: string;
  expected: { ok: true; pay: Record<string, unknown>; collectiveAgreement?: Record<string, unknown> } | { ok: false; code: string };
}

/** The real phrases of corpus/pay-phrases.json. */
export const PAY_PHRASES: PayPhrase[] = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "corpus", "pay-phrases.json"), "utf8"));

/**
 * Whether parsePay reads a phrase exactly: on success, the pay (without `text`) and the collective
 * agreement deep-equal the expected ones (warnings ignored); on failure, the code is the expected one.
 */
export function readsExactly({ phrase, expected }: PayPhrase): boolean {
  const r = parsePay(phrase);
  if (!expected.ok) return !r.ok && r.error.code === expected.code;
  if (!r.ok) return false;
  const { text: _text, ...pay } = r.pay;
  const agreement = "collectiveAgreement" in r ? r.collectiveAgreement : undefined;
  return isDeepStrictEqual(pay, expected.pay) && isDeepStrictEqual(agreement, expected.collectiveAgreement);
}
