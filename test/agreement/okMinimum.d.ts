import { type AgreementMinimumPayInput } from "../../src/agreement/agreementMinimumPay.js";
/** The minimum for an input that must succeed (the failure's reason and message otherwise). */
export declare const ok: (input: AgreementMinimumPayInput) => import("../../src/agreement/agreementMinimumPay.js").AgreementMinimumPayResult;
/** Asserts that one of the result's sources links to the given Légifrance id. */
export declare const cites: (r: {
    sources: {
        url?: string;
    }[];
}, id: string) => void;
