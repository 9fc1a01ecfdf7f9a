/** Renders every named schema reachable from the root, in first-reached order. */
export declare function buildTypes(): {
    source: string;
    names: string[];
    schemaExports: Record<string, string>;
};
/** The compile-time proof that each generated type is `z.infer` of its schema. */
export declare function buildTypeEqualityCheck(): string;
