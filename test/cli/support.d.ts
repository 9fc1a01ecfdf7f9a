/** The repository's root. */
export declare const root: string;
/** Runs the CLI in this process, with its output captured. */
export declare function run(args: string[], options?: {
    cwd?: string;
    stdin?: string;
    env?: NodeJS.ProcessEnv;
}): Promise<{
    exitCode: 0 | 1 | 2;
    out: string;
    err: string;
}>;
/** A fresh temporary folder. */
export declare const scratch: () => string;
/** The command that runs the CLI from its sources in a child process (Node with tsx's loader). */
export declare const cliCommand: (args: string[]) => [string, string[]];
/** Runs the CLI in a child process and collects its output and exit code. */
export declare function spawnCli(args: string[], options?: {
    cwd?: string;
    prefix?: string[];
    script?: string;
}): Promise<{
    exitCode: number | null;
    out: string;
    err: string;
}>;
/** A posting that is valid by structure, and dated (an undated posting breaks a rule of the Code du travail). */
export declare const minimal: {
    title: string;
    organisation: {
        name: string;
    };
    contracts: {
        type: string;
    }[];
    dates: {
        posted: string;
    };
};
