export interface AgreementGridStatus {
    idcc: string;
    shortName: string;
    /** First date a minimum can be computed (grid and values both encoded). */
    since: string;
    /** Latest date a value of the grid's series takes effect. */
    lastValue: string;
    /** Whether the values in force from `lastValue` on are all verified. */
    lastVerified: boolean;
    /** Values of the grid's series marked `verified: false`. */
    unverified: number;
}
/** One line per encoded agreement, in IDCC order. */
export declare function agreementGridStatus(): AgreementGridStatus[];
/** The table of docs/collective-agreements.md (between its markers). */
export declare function agreementTableMarkdown(): string;
