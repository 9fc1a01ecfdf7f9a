// Writes src/pay/generated/parsePayFast.ts: what `PaySchema.safeParse(pay).data` is when zod reports no
// issue, else `undefined`, as straight-line code generated from the zod schema (the one source of truth)
// by the fast path's walker (scripts/fastPath/FastPathGenerator.ts, the one that writes
// `validateJobPosting`'s fast path). `parsePay` checks its output with it, so that ess-jobs/pay loads
// without zod. `--check` exits 1 when the committed file differs.
import { pathToFileURL } from "node:url";
import { PaySchema } from "../src/pay/PaySchema.js";
import { FastPathGenerator } from "./fastPath/FastPathGenerator.js";

/** Where the generated file goes, from the repository's root. */
export const PAY_CHECK_PATH = "src/pay/generated/parsePayFast.ts";

/** The generated module's text. */
export function buildPayCheckModule(): string {
  const generator = new FastPathGenerator();
  const entry = generator.functionOf(PaySchema, "");
  return [
    "// GENERATED FILE — do not edit. Written by scripts/generate-pay-check.ts (npm run generate:pay-check)",
    "// from the zod schema, src/pay/PaySchema.ts, the one source of truth;",
    "// test/pay/parsePayFast.test.ts fails when it is out of date.",
    "",
    ...generator.preamble("Pay", "../../"),
    `/**`,
    ` * What \`PaySchema.safeParse(input).data\` is when zod reports no issue (a copy of the input, keys in the`,
    ` * schema's order, an optional key kept when the input has it, even \`undefined\`), else \`undefined\`.`,
    ` * Loads no zod. @internal`,
    ` */`,
    `export function parsePayFast(input: unknown): Pay | undefined {`,
    "  // At depth 1, without limits (the module's maxNodes and maxDepth stay Infinity): parsePay's own small object.",
    `  return ${entry}(input, 1);`,
    `}`,
    "",
    ...generator.functionDeclarations(),
    ...generator.leafDeclarations(),
  ].join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { writeGenerated } = await import("./writeGenerated.js");
  writeGenerated({ [PAY_CHECK_PATH]: buildPayCheckModule() }, "npm run generate:pay-check");
}
