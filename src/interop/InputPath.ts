/** A JSON path in an importer's input, as diagnostics give it. */
export type InputPath = (string | number)[];
