import { type Diagnostic, type JobPosting, type Severity } from "../../src/index.js";
import type { CorpusOffer, ExpectedLegalMinimum, KnownDeviation, KnownMinimumDeviation } from "./loadCorpus.js";
/** The codes of the rules, to tell rule findings from structure diagnostics. */
export declare const RULE_CODES: ReadonlySet<string>;
/** A rule finding as the corpus compares it: code and JSON Pointer. */
export interface Finding {
    code: string;
    path: string;
    severity: Severity;
}
/** The legal minimum of one contract, reduced to what the expectations state. */
export interface MinimumSummary {
    contractType: string;
    kind: string;
    basis?: "gross" | "net";
    monthly?: {
        min: number;
        max: number;
    };
}
/** How one offer fares. */
export interface OfferScore {
    id: string;
    source: string;
    /** Structure diagnostics (an offer of the corpus must have none). */
    structure: Diagnostic[];
    actual: Finding[];
    falsePositives: Finding[];
    falseNegatives: {
        code: string;
        path: string;
    }[];
    truePositives: Finding[];
    minimum: {
        expected: ExpectedLegalMinimum[];
        actual: MinimumSummary[];
        equal: boolean;
    };
    /** Every fact of the offer is held by the schema. */
    allFactsHeld: boolean;
}
/** Per rule: findings, true positives, false positives, false negatives. */
export interface RuleStats {
    fired: number;
    truePositives: number;
    falsePositives: number;
    falseNegatives: number;
}
/** The rule findings of a validation, one per code and path, in order. */
export declare function ruleFindings(diagnostics: readonly Diagnostic[]): Finding[];
/** `legalMinimumPay`'s result, reduced to kind, basis and monthly range. */
export declare function minimumSummary(posting: JobPosting): MinimumSummary[];
/** One contract's minimum equals its expectation: same kind, basis and monthly range (to the cent). */
export declare function sameMinimum(expected: ExpectedLegalMinimum | undefined, actual: MinimumSummary | undefined): boolean;
/** Scores one offer against its expectations. */
export declare function scoreOffer(offer: CorpusOffer): OfferScore;
/** Rule statistics over scored offers: every rule of the library, fired or not. */
export declare function ruleStats(scores: readonly OfferScore[], expectedCodes?: readonly string[]): Record<string, RuleStats>;
/** Precision of the findings of each severity: true positives over findings. */
export declare function precisionBySeverity(scores: readonly OfferScore[]): Record<Severity, {
    findings: number;
    truePositives: number;
    precision: number | null;
}>;
/** A deviation as it occurs today, in the listed deviations' shape (without reason and owner). */
export type OccurringDeviation = Pick<KnownDeviation, "offer" | "code" | "path" | "kind"> | Pick<KnownMinimumDeviation, "offer" | "contractIndex" | "kind">;
/** Every disagreement between today's code and the expectations. */
export declare function occurringDeviations(scores: readonly OfferScore[]): OccurringDeviation[];
/** A deviation's identity, to compare occurring and listed deviations. */
export declare function deviationKey(d: OccurringDeviation): string;
