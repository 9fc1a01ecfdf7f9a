export declare const root: string;
/**
 * A scratch git project: a valid and an invalid posting (its contract type is unknown) declaring the
 * schema, plus tooling JSON that is not a posting. Returns its folder.
 */
export declare function scratchProject(): string;
/** Installs this repository in a project as npm would link it: node_modules/ess-jobs and its bin. */
export declare function linkPackage(project: string): void;
