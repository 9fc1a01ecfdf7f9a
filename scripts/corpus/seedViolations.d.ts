import { type JobPosting } from "../../src/index.js";
import type { CorpusOffer } from "./loadCorpus.js";
/** An unlawful variant of a lawful corpus offer, and the rule that exists to catch it. */
export interface SeededCase {
    offer: string;
    code: string;
    /** What was changed, in a few words. */
    change: string;
    posting: JobPosting;
}
/** The unlawful variants of every offer that is lawful for the rule concerned (the offer's expectations do not already hold that rule). */
export declare function seededCases(offers: readonly CorpusOffer[]): SeededCase[];
/** Whether the rule the case exists for reports it. */
export declare function caught(c: SeededCase): boolean;
/** Per rule: how many seeded cases, how many caught. */
export declare function seededRecall(offers: readonly CorpusOffer[]): Record<string, {
    cases: number;
    caught: number;
}>;
