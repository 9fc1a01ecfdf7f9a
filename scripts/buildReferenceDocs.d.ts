/** The page, keyed by its path from the repository's root. */
export declare function buildReferenceDocs(): Record<string, string>;
