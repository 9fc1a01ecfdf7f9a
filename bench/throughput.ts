// Throughput of validation, in one run on the same postings: validateJobPosting (structure only, and
// with rules), JobPostingSchema.safeParse alone, and ajv compiled from the generated 2020-12 schema.
// Prints postings per second and ratios (medians of interleaved rounds). Not a test: figures depend on the machine.
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

/** Postings per second of `fn` over `set` during `ms` milliseconds (after one warm-up pass). */
function rate(fn: (p: unknown) => unknown, set: unknown[], ms: number): number {
  for (const p of set) fn(p);
  let count = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(Math.round(ms * 1e6));
  while (process.hrtime.bigint() - start < budget) {
    for (const p of set) fn(p);
    count += set.length;
  }
  return count / (Number(process.hrtime.bigint() - start) / 1e9);
}

const ROUNDS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Measures several functions in interleaved rounds (A B C D, A B C D, …) and keeps each one's median,
 * so that a GC pause or a JIT phase weighs on all of them alike.
 */
function compare(fns: { name: string; fn: (p: unknown) => unknown }[], set: unknown[] = postings): { name: string; perSecond: number }[] {
  const samples = fns.map(() => [] as number[]);
  for (let r = 0; r < ROUNDS; r++) fns.forEach((f, i) => samples[i]!.push(rate(f.fn, set, (seconds * 1000) / ROUNDS)));
  return fns.map((f, i) => ({ name: f.name, perSecond: median(samples[i]!) }));
}

const valid = postings.filter((p) => validateJobPosting(p, { rules: false }).valid).length;
console.log(`postings: ${postings.length} (${examples.length} examples, ${generated.length} generated, ${mutated.length} mutated; ${valid} structurally valid)`);
console.log(`node ${process.version}, ${seconds} s per measure, median of ${ROUNDS} interleaved rounds\n`);
const results = compare([
  { name: "ajv (2020-12, strict, allErrors)", fn: (p) => ajvValidate(p) },
  { name: "JobPostingSchema.safeParse", fn: (p) => JobPostingSchema.safeParse(p) },
  { name: "validateJobPosting, structure only", fn: (p) => validateJobPosting(p, { rules: false }) },
  { name: "validateJobPosting, with rules", fn: (p) => validateJobPosting(p) },
]);
const baseline = results[0]!.perSecond;
for (const r of results) {
  console.log(`${r.name.padEnd(40)} ${Math.round(r.perSecond).toLocaleString("en-US").padStart(12)} postings/s   ${(r.perSecond / baseline).toFixed(2)} × ajv`);
}

// The same comparison on each kind of input, structure only.
console.log("");
for (const [label, set] of [["examples only", examples], ["generated valid", generated], ["mutated (mostly invalid)", mutated]] as const) {
  const [a, v] = compare([{ name: "ajv", fn: (p) => ajvValidate(p) }, { name: "validateJobPosting", fn: (p) => validateJobPosting(p, { rules: false }) }], [...set]) as unknown as [{ perSecond: number }, { perSecond: number }];
  console.log(`${label.padEnd(26)} ajv ${Math.round(a.perSecond).toLocaleString("en-US").padStart(9)}/s   validateJobPosting (structure) ${Math.round(v.perSecond).toLocaleString("en-US").padStart(9)}/s   ${(v.perSecond / a.perSecond).toFixed(2)} × ajv`);
}
