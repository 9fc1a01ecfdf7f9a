import type { Severity } from "../../src/index.js";
import type { CorpusOffer } from "./loadCorpus.js";
import { type RuleStats } from "./scoreCorpus.js";
/** The corpus report, as `npm run corpus -- --json` prints it. */
export interface CorpusReport {
    postings: number;
    sources: number;
    /** Distinct collective agreements (IDCC) and contract types the offers cover. */
    idccs: string[];
    contractTypes: string[];
    rules: Record<string, RuleStats>;
    precision: Record<Severity, {
        findings: number;
        truePositives: number;
        precision: number | null;
    }>;
    /** Error-severity findings that are not expected: errors on lawful offers ("offer code path"). */
    falseErrors: string[];
    /** Offers with at least one structure diagnostic (must be none). */
    schemaInvalid: string[];
    /** Share of offers whose every fact the schema holds. */
    factsHeld: {
        offers: number;
        share: number;
    };
    legalMinimum: {
        contracts: number;
        equal: number;
    };
    pay?: {
        phrases: number;
        exact: number;
    };
    seeded: Record<string, {
        cases: number;
        caught: number;
    }>;
}
/** Builds the report from the offers, the pay exactness and the seeded recall. */
export declare function corpusReport(offers: readonly CorpusOffer[], pay: {
    phrases: number;
    exact: number;
} | undefined, seeded: Record<string, {
    cases: number;
    caught: number;
}>): CorpusReport;
/** The report as a plain-text table. */
export declare function formatReport(r: CorpusReport): string;
