// What the structure fast path costs inside the flow users run: each posting is parsed from its JSON
// text (as the CLI reads a feed), then the generated fast path (parseJobPostingFastWithin, the walk
// validateJobPosting runs first) is timed, then validateJobPosting runs on it:
//   - structure only (`structureOnly: true`): the walk follows the previous posting's structure check;
//   - rules on (the default): the walk follows the previous posting's rules;
//   - rules on, second walk: the same walk timed again right after the first, before the rules.
// The walk does the same work in all three; a rules-on walk that costs more than the other two is paying
// for the state the rules left behind (V8's megamorphic property-load cache, the CPU caches), not for more
// structure work. Wall time of the walk alone (hrtime around each call), microseconds per posting,
// median (min–max) over interleaved rounds, valid variants of the real examples. Not a test: figures
// depend on the machine and its load.
//
//   npx tsx bench/structure-in-rules.ts [--rounds 7] [--postings 600]
import { validateJobPosting } from "../src/index.js";
import { DEFAULT_INPUT_LIMITS } from "../src/validate/inspectInput.js";
import { parseJobPostingFastWithin } from "../src/validate/generated/parseJobPostingFast.js";
import { postingSets, summary } from "./support/postings.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROUNDS = arg("--rounds", 7);
const texts = postingSets(arg("--postings", 600)).valid.map((p) => JSON.stringify(p));
const { maxDepth, maxNodes } = DEFAULT_INPUT_LIMITS;

const walk = (value: unknown): bigint => {
  const start = process.hrtime.bigint();
  if (parseJobPostingFastWithin(value, maxDepth, maxNodes) === undefined) throw new Error("a valid variant was rejected by the fast path");
  return process.hrtime.bigint() - start;
};

/** Microseconds per posting of the first walk and of a second one right after it, over the texts. */
function round(options: { structureOnly?: boolean }, twice: boolean): [number, number] {
  let first = 0n;
  let second = 0n;
  for (const text of texts) {
    const value: unknown = JSON.parse(text);
    first += walk(value);
    if (twice) second += walk(value);
    validateJobPosting(value, options);
  }
  return [Number(first) / texts.length / 1e3, Number(second) / texts.length / 1e3];
}

const MODES = [
  { label: "structure only", options: { structureOnly: true }, twice: false },
  { label: "rules on", options: {}, twice: true },
] as const;
for (const m of MODES) round(m.options, m.twice); // warm-up
const samples = { "structure only": [] as number[], "rules on": [] as number[], "rules on, second walk": [] as number[] };
for (let r = 0; r < ROUNDS; r++) {
  for (const m of MODES) {
    const [first, second] = round(m.options, m.twice);
    samples[m.label].push(first);
    if (m.twice) samples["rules on, second walk"].push(second);
  }
}
const base = summary(samples["structure only"]).median;
console.log(`node ${process.version}; ${texts.length} valid variants of the examples; ${ROUNDS} interleaved rounds; the fast path's walk, µs per posting`);
for (const [label, xs] of Object.entries(samples)) {
  const s = summary(xs);
  console.log(`  ${label.padEnd(24)} ${s.median.toFixed(2).padStart(7)} µs (${s.min.toFixed(2)}–${s.max.toFixed(2)})  ${(s.median / base).toFixed(2)}× the structure-only walk`);
}
