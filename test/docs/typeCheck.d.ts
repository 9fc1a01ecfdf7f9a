export declare const root: string;
/** A sample to write and check: `name` says where it comes from (a file and an export, or a guide). */
export interface Sample {
    name: string;
    /** File name under the generated folder, `.ts`. */
    file: string;
    code: string;
}
/**
 * Rewrites the package's own specifiers ("ess-jobs", "ess-jobs/valibot") to the source, relative to
 * `file`, so that samples written as a user writes them run against this checkout.
 */
export declare function toSourceImports(code: string, file: string): string;
/** Empties and recreates a folder under test/.generated/ and returns its path. */
export declare function generatedDir(name: string): string;
/**
 * Type-checks files in one program and returns, for each file with errors, the formatted errors
 * (errors in other files, such as the source the samples import, are not reported here: the
 * project's own type-check covers them).
 */
export declare function typeCheck(files: string[]): Map<string, string[]>;
/** Writes a sample's code to its file. */
export declare function writeSample(dir: string, sample: Sample): string;
