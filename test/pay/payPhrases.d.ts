/** One real salary phrase and the result its meaning calls for. */
export interface PayPhrase {
    phrase: string;
    source: string;
    expected: {
        ok: true;
        pay: Record<string, unknown>;
        collectiveAgreement?: Record<string, unknown>;
    } | {
        ok: false;
        code: string;
    };
}
/** The real phrases of corpus/pay-phrases.json. */
export declare const PAY_PHRASES: PayPhrase[];
/**
 * Whether parsePay reads a phrase exactly: on success, the pay (without `text`) and the collective
 * agreement deep-equal the expected ones (warnings ignored); on failure, the code is the expected one.
 */
export declare function readsExactly({ phrase, expected }: PayPhrase): boolean;
