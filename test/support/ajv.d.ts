import type { AnySchema, ValidateFunction } from "ajv";
/** Compiles a schema with ajv in strict mode, with formats, for draft 2020-12 or draft-07. */
export declare function compileWithAjv(schema: AnySchema, draft: "2020-12" | "07", allErrors?: boolean): ValidateFunction;
