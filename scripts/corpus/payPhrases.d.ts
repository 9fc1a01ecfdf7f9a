import type { PayPhrase } from "./loadCorpus.js";
/**
 * Whether `parsePay` reads the phrase exactly as expected: on success the same pay (its `text`
 * and the warnings aside) and the same collective agreement, when one is expected or returned; on
 * failure the same error code.
 */
export declare function phraseExact(phrase: PayPhrase): boolean;
/** How many phrases, how many read exactly. */
export declare function payExactness(phrases: readonly PayPhrase[]): {
    phrases: number;
    exact: number;
};
