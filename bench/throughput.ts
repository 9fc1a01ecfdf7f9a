// Throughput of validation on what users run, in one run on the same postings: the real examples and
// variants of them (bench/support/postings.ts), valid ones and invalid ones apart. Compared in
// interleaved rounds (A B C …, A B C …), each round timed in CPU time (user + system of this process,
// which other processes on a shared machine disturb less than wall-clock time); prints each function's
// median postings per CPU second, the spread (min–max over the rounds) and the ratio to ajv compiled
// from the generated 2020-12 schema, measured in the same run. Not a test: figures depend on the machine.
//
//   npm run build && npx tsx bench/throughput.ts [--rounds 31] [--ms 80] [--json] [--src]
//
// What runs is what users import: the built package (dist/esm, minified as published), unless `--src`
// measures the sources through tsx (whose transform keeps function names: each function created in a
// hot path then costs a call more than in the build).
//
// The ratio to ajv is the median of the per-round ratios (each function against ajv in the same round,
// a fraction of a second apart), which a shared machine's drift disturbs less than a ratio of medians:
// hence many short rounds. (No forced collection between rounds: a full GC shrinks V8's young
// generation, which then charges an allocating function with extra scavenges no long-running user
// sees; measured, it cut the rules-on rate to a third.)
//
// Environment: THROUGHPUT_COMPARE=<path of another build's ESM entry, such as a copy of an older
// dist/index.js, or another checkout's src/index.ts> adds its validateJobPosting (rules on, and structure
// only) to the same interleaved rounds, as "other build".
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { compileWithAjv } from "../test/support/ajv.js";
import { postingSets, summary } from "./support/postings.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROUNDS = arg("--rounds", 31);
const root = join(import.meta.dirname, "..");
const fromSrc = process.argv.includes("--src");
const entry = (name: string) => {
  const file = fromSrc ? join(root, "src", name === "index" ? "index.ts" : "valibot/index.ts") : join(root, "dist", "esm", `${name}.js`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (or pass --src)`);
  return pathToFileURL(file).href;
};
type Validate = (p: unknown, o?: { rules?: false }) => unknown;
const { JobPostingSchema, validateJobPosting } = (await import(entry("index"))) as { JobPostingSchema: { safeParse(p: unknown): unknown }; validateJobPosting: (p: unknown, o?: { rules?: false }) => { valid: boolean } };
const { validateJobPosting: validateWithValibot } = (await import(entry("valibot/index"))) as { validateJobPosting: Validate };
const MS = arg("--ms", 80);

const schema = JSON.parse(readFileSync(join(import.meta.dirname, "..", "schemas", "job-posting.schema.json"), "utf8"));
const ajv = compileWithAjv(schema, "2020-12");
const { valid, invalid } = postingSets(60);
for (const p of valid) if (!validateJobPosting(p, { rules: false }).valid || !ajv(p)) throw new Error(`a valid variant is invalid: ${String(p["id"])}`);
for (const p of invalid) if (validateJobPosting(p, { rules: false }).valid) throw new Error(`an invalid variant is valid: ${String(p["id"])}`);

/** Postings per CPU second of `fn` over `set`, for about `ms` milliseconds of CPU. */
function rate(fn: (p: unknown) => unknown, set: unknown[], ms: number): number {
  let count = 0;
  const start = process.cpuUsage();
  let used = 0;
  while (used < ms * 1000) {
    for (const p of set) fn(p);
    count += set.length;
    const u = process.cpuUsage(start);
    used = u.user + u.system;
  }
  return count / (used / 1e6);
}

type Fn = { name: string; fn: (p: unknown) => unknown };
function compare(fns: Fn[], set: unknown[]) {
  for (const f of fns) rate(f.fn, set, 100); // warm-up
  const samples = fns.map(() => [] as number[]);
  for (let r = 0; r < ROUNDS; r++) fns.forEach((f, i) => samples[i]!.push(rate(f.fn, set, MS)));
  // Ratio to the first function (ajv) round by round, then the median of those ratios.
  return fns.map((f, i) => ({ name: f.name, ...summary(samples[i]!), ratio: summary(samples[i]!.map((x, r) => x / samples[0]![r]!)) }));
}

const FNS: Fn[] = [
  { name: "ajv (2020-12, strict, allErrors)", fn: (p) => ajv(p) },
  { name: "JobPostingSchema.safeParse", fn: (p) => JobPostingSchema.safeParse(p) },
  { name: "validateJobPosting, structure only", fn: (p) => validateJobPosting(p, { rules: false }) },
  { name: "validateJobPosting (rules on, default)", fn: (p) => validateJobPosting(p) },
  { name: "valibot validateJobPosting (rules on)", fn: (p) => validateWithValibot(p) },
];

const other = process.env["THROUGHPUT_COMPARE"];
if (other) {
  const built = (await import(other)) as { validateJobPosting: (p: unknown, o?: { rules: false }) => unknown };
  FNS.push({ name: "other build: validateJobPosting (rules on)", fn: (p) => built.validateJobPosting(p) });
  FNS.push({ name: "other build: structure only", fn: (p) => built.validateJobPosting(p, { rules: false }) });
}

const results: Record<string, ReturnType<typeof compare>> = {};
console.log(`node ${process.version}; ${fromSrc ? "the sources (src/, through tsx)" : "the build (dist/esm)"}; ${valid.length} valid and ${invalid.length} invalid variants of the examples; CPU time; median of ${ROUNDS} interleaved rounds of ~${MS} ms\n`);
for (const [label, set] of [["valid", valid], ["invalid", invalid]] as const) {
  const rows = compare(FNS, set);
  results[label] = rows;
  console.log(`${label} postings (× ajv: median of the per-round ratios, their spread in brackets)`);
  for (const r of rows) {
    const f = (x: number) => Math.round(x).toLocaleString("en-US");
    console.log(`  ${r.name.padEnd(42)} ${f(r.median).padStart(9)}/CPU s  (spread ${f(r.min)}–${f(r.max)})  ${r.ratio.median.toFixed(2)} × ajv [${r.ratio.min.toFixed(2)}–${r.ratio.max.toFixed(2)}]`);
  }
}
if (process.argv.includes("--json")) console.log(JSON.stringify(results));
