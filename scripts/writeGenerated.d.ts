/**
 * @param files - Generated text by path from the repository's root.
 * @param command - The npm command that regenerates them, for the message.
 */
export declare function writeGenerated(files: Record<string, string>, command: string): void;
