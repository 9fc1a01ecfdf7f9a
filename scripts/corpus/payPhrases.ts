import { isDeepStrictEqual } from "node:util";
import { parsePay } from "../../src/index.js";
import type { PayPhrase } from "./loadCorpus.js";

const withoutText = (pay: Record<string, unknown>) => {
  const { text: _text, ...rest } = pay;
  return rest;
};

/**
 * Whether `parsePay` reads the phrase exactly as expected: on success the same pay (its `text`
 * and the warnings aside) and the same collective agreement, when one is expected or returned; on
 * failure the same error code.
 */
export function phraseExact(phrase: PayPhrase): boolean {
  const actual = parsePay(phrase.phrase) as ReturnType<typeof parsePay> & { collectiveAgreement?: unknown };
  const expected = phrase.expected;
  if (!expected.ok) return !actual.ok && actual.error.code === expected.code;
  if (!actual.ok) return false;
  return (
    isDeepStrictEqual(withoutText(actual.pay as Record<string, unknown>), withoutText(expected.pay)) &&
    isDeepStrictEqual(actual.collectiveAgreement, expected.collectiveAgreement)
  );
}

/** How many phrases, how many read exactly. */
export function payExactness(phrases: readonly PayPhrase[]): { phrases: number; exact: number } {
  return { phrases: phrases.length, exact: phrases.filter(phraseExact).length };
}
