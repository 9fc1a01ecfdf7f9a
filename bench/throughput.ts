// Throughput of validation, in one run on the same postings: validateJobPosting (structure only, and
// with rules), JobPostingSchema.safeParse alone, and ajv compiled from the generated 2020-12 schema.
// Prints postings per second and ratios. Not a test: figures depend on the machine.
//
//   npx tsx bench/throughput.ts [--seconds 2]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { JobPostingSchema, validateJobPosting } from "../src/index.js";
import { compileWithAjv } from "../test/support/ajv.js";
import { arbitraryFromJsonSchema, identifierOverrides, mutate, mutationArbitrary } from "../test/support/arbitraryFromJsonSchema.js";

const root = join(import.meta.dirname, "..");
const secondsArg = process.argv.indexOf("--seconds");
const seconds = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 2;

const schema = JSON.parse(readFileSync(join(root, "schemas", "job-posting.schema.json"), "utf8"));
const examples = readdirSync(join(root, "examples"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(join(root, "examples", f), "utf8")) as unknown);
const arbitrary = arbitraryFromJsonSchema(schema, { propertyOverrides: identifierOverrides });
const generated = fc.sample(arbitrary, { numRuns: 200, seed: 42 });
const mutated = fc.sample(fc.tuple(arbitrary, mutationArbitrary), { numRuns: 200, seed: 43 }).map(([p, m]) => mutate(p, m));
const postings = [...examples, ...generated, ...mutated];

const ajvValidate = compileWithAjv(schema, "2020-12");

function measure(name: string, fn: (p: unknown) => unknown): { name: string; perSecond: number } {
  for (const p of postings) fn(p); // warm up
  let count = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - start < budget) {
    for (const p of postings) fn(p);
    count += postings.length;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  return { name, perSecond: count / elapsed };
}

const valid = postings.filter((p) => validateJobPosting(p, { rules: false }).valid).length;
console.log(`postings: ${postings.length} (${examples.length} examples, ${generated.length} generated, ${mutated.length} mutated; ${valid} structurally valid)`);
console.log(`node ${process.version}, ${seconds} s per measure\n`);
const results = [
  measure("ajv (2020-12, strict, allErrors)", (p) => ajvValidate(p)),
  measure("JobPostingSchema.safeParse", (p) => JobPostingSchema.safeParse(p)),
  measure("validateJobPosting, structure only", (p) => validateJobPosting(p, { rules: false })),
  measure("validateJobPosting, with rules", (p) => validateJobPosting(p)),
];
const baseline = results[0]!.perSecond;
for (const r of results) {
  console.log(`${r.name.padEnd(40)} ${Math.round(r.perSecond).toLocaleString("en-US").padStart(12)} postings/s   ${(r.perSecond / baseline).toFixed(2)} × ajv`);
}
