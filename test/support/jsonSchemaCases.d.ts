export interface SchemaCase {
    name: string;
    instance: unknown;
    /** The verdict JSON Schema must give (zod's, for what JSON Schema can express). */
    valid: boolean;
}
export declare const examples: () => SchemaCase[];
export declare const fixtures: () => SchemaCase[];
/** A copy of `doc` with the value at `path` replaced (the path must exist up to its parent). */
export declare function substitute(doc: unknown, path: (string | number)[], value: unknown): unknown;
/**
 * Findings of the cross-language attack (issue 17, finding 7): a final line feed after a value that
 * matches a pattern, year 0000, impossible days in full and partial dates. Expected verdicts are the
 * law of the calendar and of the patterns, as zod applies them.
 */
export declare function parityCases(): SchemaCase[];
