import { type Diagnostic, type JobPosting, type LintOptions } from "../../src/index.js";
/** A posting every rule accepts: dated, in French, with an inclusive title and a pay range. */
export declare const base: JobPosting;
/** The diagnostics one rule gives on a posting. */
export declare function lintCode(posting: JobPosting, code: string, options?: LintOptions): Diagnostic[];
