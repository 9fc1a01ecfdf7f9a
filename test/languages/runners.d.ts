export declare const root: string;
export declare const DRAFT_07: string;
export interface Runner {
    /** Language and library, as reported. */
    name: string;
    /** The Debian packages it needs. */
    packages: string;
    command: string;
    args: string[];
    env?: Record<string, string>;
}
export declare const RUNNERS: Runner[];
/** Runs a runner on instances: its verdicts, or why it could not run (toolchain or library absent). */
export declare function runValidator(runner: Runner, instances: unknown[]): {
    verdicts: boolean[];
} | {
    missing: string;
};
