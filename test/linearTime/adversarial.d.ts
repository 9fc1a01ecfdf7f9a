import type { JobPosting } from "../../src/jobPosting/JobPostingSchema.js";
/**
 * Adversarial postings for the linear-time tests: each rule's trigger words, repeated, in the text
 * fields the rule reads, under the contract that makes the rule apply.
 */
export interface Attack {
    /** What is repeated and for which rule. */
    name: string;
    /** The repeated unit ("salarié "). */
    unit: string;
    /** The contract types of the posting (the rules that read the text apply only to some). */
    contracts: JobPosting["contracts"];
}
export declare const ATTACKS: readonly Attack[];
/** `unit` repeated to `size` characters. */
export declare function repeatTo(unit: string, size: number): string;
/**
 * A posting that passes the schema with `size` characters of the attack in its texts: paragraphs
 * (profile, summary, context, sections' texts) of at most 20 000 characters each, the title and pay
 * text also holding the unit. Beyond the 30 sections the schema allows, the rest goes into missions' tasks.
 */
export declare function validAttack(attack: Attack, size: number): JobPosting;
/**
 * A posting NOT checked by the schema, with `size` characters of the attack in its pay text and
 * profile; its title holds the attack too, at `titleSize` characters (default `size`).
 */
export declare function rawAttack(attack: Attack, size: number, titleSize?: number): JobPosting;
