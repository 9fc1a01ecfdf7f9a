/** The schema's identity: the major version is in the path, so a breaking change gets a new `$id`. */
export declare const SCHEMA_MAJOR = 0;
export declare const SCHEMA_ID_2020 = "https://cdn.jsdelivr.net/npm/ess-jobs@0/schemas/job-posting.schema.json";
export declare const SCHEMA_ID_07 = "https://cdn.jsdelivr.net/npm/ess-jobs@0/schemas/draft-07/job-posting.schema.json";
type Json = null | boolean | number | string | Json[] | {
    [k: string]: Json;
};
type JsonObject = {
    [k: string]: Json;
};
/**
 * What every `pattern` is given beside it: no line feed anywhere. The patterns are anchored `^…$`, and
 * `$` matches before a final "\n" in Python, Perl and PHP (and `^`/`$` at every line in Ruby), where
 * JavaScript and Go match only at the ends of the text; no anchor means "end of text" in every engine.
 * None of the patterns admits a line feed between its anchors, so this keeps zod's verdict.
 */
export declare const NO_LINE_FEED: {
    readonly pattern: "\\n";
};
/** Reads the shipped examples, without their editor-only `$schema` key, in file-name order. */
export declare function readExamples(dir?: string): JsonObject[];
/** The two published files and the list of property names, as text, keyed by their path in the repository. */
export declare function buildJsonSchemas(): Record<string, string>;
export {};
