// The four-validator differential of issue 17's "Done when": 20 000 targeted single-field substitutions
// of the shipped examples (see test/support/substitutionDifferential.ts), each judged by zod, valibot,
// ajv and Python's jsonschema (draft 2020-12 and draft-07). Prints the figures and every disagreement;
// exits 1 on any. Takes about a quarter of an hour on one core (Python's jsonschema is most of it).
//   npx tsx bench/differential.ts [count]
import { distinctSubstitutions, runDifferential, targetedSubstitutions } from "../test/support/substitutionDifferential.js";

const count = Number(process.argv[2] ?? 20_000);
const started = process.hrtime.bigint();
const result = runDifferential(targetedSubstitutions(count));
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
for (const d of result.disagreements) console.log(`DIFFER ${d}`);
console.log(
  `${result.cases} substitutions (${Math.min(result.cases, distinctSubstitutions())} distinct) judged by zod, valibot, ajv and Python jsonschema in ${seconds.toFixed(0)} s: ` +
    `${result.valid} valid and ${result.invalid} invalid for all four, ${result.inexpressible} refused by zod for a checksum only (not compared), ${result.disagreements.length} disagreements.`,
);
process.exitCode = result.disagreements.length ? 1 : 0;
