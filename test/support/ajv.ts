import { createRequire } from "node:module";
import type { AnySchema, ValidateFunction } from "ajv";

const require = createRequire(import.meta.url);
// ajv and ajv-formats are CommonJS: load them with require to get the right types under NodeNext.
const { Ajv } = require("ajv") as typeof import("ajv");
const { Ajv2020 } = require("ajv/dist/2020") as typeof import("ajv/dist/2020.js");
const addFormats = require("ajv-formats") as typeof import("ajv-formats").default;

/** Compiles a schema with ajv in strict mode, with formats, for draft 2020-12 or draft-07. */
export function compileWithAjv(schema: AnySchema, draft: "2020-12" | "07", allErrors = true): ValidateFunction {
  const ajv = draft === "07" ? new Ajv({ strict: true, allErrors }) : new Ajv2020({ strict: true, allErrors });
  addFormats(ajv);
  return ajv.compile(schema);
}
