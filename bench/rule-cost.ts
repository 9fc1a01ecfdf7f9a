// What each rule costs on what users run: `validateJobPosting` on the valid variants of the real
// examples (bench/support/postings.ts) with every rule off, with every rule on (the default), and with
// one rule on at a time; CPU time per posting, median of interleaved rounds. A rule's cost is its
// one-rule time minus the all-off time, so it includes what it computes and shares with other rules
// (the posting's texts, the pay comparisons): the costs do not add up to the all-on time. Not a test:
// figures depend on the machine.
//
//   npx tsx bench/rule-cost.ts [--rounds 7] [--ms 60]
import { validateJobPosting } from "../src/index.js";
import { RULES } from "../src/rules/index.js";
import { postingSets, summary } from "./support/postings.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROUNDS = arg("--rounds", 7);
const MS = arg("--ms", 60);

const { valid } = postingSets(60);
const allOff = Object.fromEntries(RULES.map((r) => [r.code, "off"]));

/** CPU microseconds per posting over about `ms` milliseconds. */
function cost(options: object, ms: number): number {
  let n = 0;
  const start = process.cpuUsage();
  let used = 0;
  while (used < ms * 1000) {
    for (const p of valid) validateJobPosting(p, options);
    n += valid.length;
    const u = process.cpuUsage(start);
    used = u.user + u.system;
  }
  return used / n;
}

const configs: [name: string, options: object][] = [
  ["structure only", { structureOnly: true }],
  ["every rule off", { rules: allOff }],
  ["every rule on (default)", {}],
  ...RULES.map((r): [string, object] => [r.code, { rules: { ...allOff, [r.code]: "warning" } }]),
];
for (const [, o] of configs) cost(o, 20); // warm-up
const samples = configs.map(() => [] as number[]);
for (let r = 0; r < ROUNDS; r++) configs.forEach(([, o], i) => samples[i]!.push(cost(o, MS)));

console.log(`node ${process.version}; ${valid.length} valid variants of the examples; CPU µs per posting; median of ${ROUNDS} interleaved rounds of ~${MS} ms\n`);
const off = summary(samples[1]!).median;
configs.forEach(([name], i) => {
  const { median, min, max } = summary(samples[i]!);
  const extra = i > 2 ? `  rule: ${(median - off).toFixed(1).padStart(6)} µs` : "";
  console.log(`${name.padEnd(48)} ${median.toFixed(1).padStart(7)} µs  (spread ${min.toFixed(1)}–${max.toFixed(1)})${extra}`);
});
