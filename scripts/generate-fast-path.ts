// Writes src/validate/generated/parseJobPostingFast.ts, the fast path of `validateJobPosting`: straight-
// line code, generated from the zod schema (the one source of truth) by walking its definitions, that
// returns exactly what `JobPostingSchema` parses an input to (a copy, keys in the shape's order) when
// zod would report no issue, and `undefined` otherwise (then zod runs, for the diagnostics). The
// refinements are called by reference: the zod schema's own functions, from REFINEMENTS. Any zod
// construct the walker does not know makes it fail with the path of the offending schema.
// `--check` exits 1 when the committed file differs.
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { JobPostingSchema } from "../src/jobPosting/JobPostingSchema.js";
import { FastPathGenerator } from "./fastPath/FastPathGenerator.js";
import { unsupported } from "./fastPath/leafChecks.js";
import { writeGenerated } from "./writeGenerated.js";

/** Where the generated file goes, from the repository's root. */
export const FAST_PATH_PATH = "src/validate/generated/parseJobPostingFast.ts";

/** The generated module's text and the kinds of zod nodes it translated. */
export function buildFastPathModule(root: z.core.$ZodType = JobPostingSchema): { text: string; kinds: Set<string> } {
  const id = z.globalRegistry.get(root)?.id;
  if (typeof id !== "string") unsupported("", "the root schema has no id in its metadata");
  const generator = new FastPathGenerator();
  const entry = generator.functionOf(root, "");
  const failures = generator.failuresFunctionOf(root, "");
  const text = [
    "// GENERATED FILE — do not edit. Written by scripts/generate-fast-path.ts (npm run generate:fast-path)",
    "// from the zod schema, src/jobPosting/JobPostingSchema.ts, the one source of truth;",
    "// test/fastPath/upToDate.test.ts fails when it is out of date.",
    "",
    ...generator.preamble(id, "../../"),
    `/**`,
    ` * What \`${id}Schema.safeParse(input).data\` is when zod reports no issue (a copy of the input, keys in`,
    ` * the schema's order, an optional key kept when the input has it, even \`undefined\`), else \`undefined\`.`,
    ` * Allocates only the copy and stops at the first problem; may throw where zod would (a throwing getter).`,
    ` * @internal`,
    ` */`,
    `export function parse${id}Fast(input: unknown): ${id} | undefined {`,
    `  return parse${id}FastWithin(input, Infinity, Infinity);`,
    `}`,
    "",
    `/**`,
    ` * \`parse${id}Fast(input)\`, stopped by a throw (\`OVER_LIMITS\`) at a container nested deeper than \`depthLimit\``,
    ` * (the root is at depth 1) or once more than \`nodeLimit\` values are counted (the root, every enumerable`,
    ` * key, own or inherited, and every element): a posting it returns is within the limits \`inspectInput\``,
    ` * checks (its nodes are no more than this count, its nesting no deeper), so the input guard need not walk it again.`,
    ` * @internal`,
    ` */`,
    `export function parse${id}FastWithin(input: unknown, depthLimit: number, nodeLimit: number): ${id} | undefined {`,
    "  // Saved and restored: a getter of the input may validate another posting.",
    "  const savedNodes = nodes;",
    "  const savedMaxNodes = maxNodes;",
    "  const savedMaxDepth = maxDepth;",
    "  nodes = 1;",
    "  maxNodes = nodeLimit;",
    "  maxDepth = depthLimit;",
    "  try {",
    `    return ${entry}(input, 1);`,
    "  } finally {",
    "    nodes = savedNodes;",
    "    maxNodes = savedMaxNodes;",
    "    maxDepth = savedMaxDepth;",
    "  }",
    `}`,
    "",
    `/**`,
    ` * The properties of \`input\` (an object) on which \`${id}Schema\` reports an issue, in the schema's order, as`,
    ` * key, value, key, value…: zod then runs on these alone. Unknown keys are not looked at. No limits.`,
    ` * @internal`,
    ` */`,
    `export function ${id}Failures(input: object): unknown[] {`,
    "  const savedMaxNodes = maxNodes;",
    "  const savedMaxDepth = maxDepth;",
    "  maxNodes = maxDepth = Infinity;",
    `  const failed: unknown[] = [];`,
    "  try {",
    `    ${failures}(input, failed);`,
    "  } finally {",
    "    maxNodes = savedMaxNodes;",
    "    maxDepth = savedMaxDepth;",
    "  }",
    `  return failed;`,
    `}`,
    "",
    ...generator.functionDeclarations(),
    ...generator.leafDeclarations(),
  ].join("\n");
  return { text, kinds: generator.kinds };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeGenerated({ [FAST_PATH_PATH]: buildFastPathModule().text }, "npm run generate:fast-path");
}
