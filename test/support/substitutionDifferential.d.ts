export interface Substitution {
    name: string;
    instance: unknown;
}
/** The number of distinct substitutions {@link targetedSubstitutions} gives before it cycles. */
export declare const distinctSubstitutions: () => number;
/** `count` substitutions, all distinct while {@link distinctSubstitutions} lasts, in a seeded order. */
export declare function targetedSubstitutions(count: number, seed?: number): Substitution[];
export interface DifferentialResult {
    cases: number;
    /** Cases zod refuses only for a checksum JSON Schema cannot state (SIREN, SIRET): not compared. */
    inexpressible: number;
    valid: number;
    invalid: number;
    disagreements: string[];
}
/** Runs zod, valibot, ajv (draft 2020-12) and Python's jsonschema (draft 2020-12 and draft-07) on every case. */
export declare function runDifferential(cases: Substitution[], batch?: number): DifferentialResult;
