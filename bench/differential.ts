// The differentials of the validators, with every disagreement printed; exits 1 on any.
// 1. The fast path of `validateJobPosting` against zod (issue 14): the generated code and
//    `JobPostingSchema.safeParse` (verdict, output), and `validateJobPosting` against its zod-only form
//    (verdict, diagnostics, posting), on the examples, the invalid fixtures, the corpus, the throughput
//    bench's variants, the `count` substitutions below and `count` / 4 random mutations of generated
//    postings. A couple of minutes.
// 2. The four-validator differential of issue 17's "Done when" (skipped with --fast-path-only): `count`
//    (20 000) targeted single-field substitutions of the shipped examples (see
//    test/support/substitutionDifferential.ts), each judged by zod, valibot, ajv and Python's jsonschema
//    (draft 2020-12 and draft-07). About a quarter of an hour on one core (Python is most of it).
//   npx tsx bench/differential.ts [count] [--fast-path-only]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { arbitraryFromJsonSchema, identifierOverrides } from "../test/support/arbitraryFromJsonSchema.js";
import { exoticMutation, mutateKeepingValues } from "../test/support/exoticMutations.js";
import { corpusPostings, fastPathDisagreement } from "../test/support/fastPathDifferential.js";
import { examples, fixtures } from "../test/support/jsonSchemaCases.js";
import { distinctSubstitutions, runDifferential, targetedSubstitutions } from "../test/support/substitutionDifferential.js";
import { postingSets } from "./support/postings.js";

const count = Number(process.argv.slice(2).find((a) => /^[0-9]+$/.test(a)) ?? 20_000);
const seconds = (since: bigint) => (Number(process.hrtime.bigint() - since) / 1e9).toFixed(0);
let failed = false;

// 1. The fast path against zod.
{
  const started = process.hrtime.bigint();
  const { valid, invalid } = postingSets(60);
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, "..", "schemas", "job-posting.schema.json"), "utf8"));
  const posting = arbitraryFromJsonSchema(schema, { propertyOverrides: identifierOverrides });
  const mutated = fc.sample(fc.tuple(posting, fc.array(exoticMutation, { minLength: 1, maxLength: 3 })), { numRuns: Math.ceil(count / 4), seed: 14 });
  const cases: { name: string; instance: unknown }[] = [
    ...examples(),
    ...fixtures(),
    ...corpusPostings(),
    ...[...valid, ...invalid].map((p) => ({ name: `bench variant ${String(p["id"])}`, instance: p })),
    ...targetedSubstitutions(count, 14),
    ...mutated.map(([p, ms], i) => ({ name: `mutation ${i}`, instance: ms.reduce<unknown>((doc, m) => mutateKeepingValues(doc, m), p) })),
  ];
  let disagreements = 0;
  for (const c of cases) {
    for (const options of [{ rules: false }, { locale: "en" as const, rules: false }]) {
      const d = fastPathDisagreement(c.instance, options);
      if (d) {
        disagreements++;
        console.log(`DIFFER fast path: ${c.name} ${JSON.stringify(options)}: ${d}`);
      }
    }
  }
  console.log(`fast path: ${cases.length} inputs, each in French and English, compared with zod in ${seconds(started)} s: ${disagreements} disagreements.`);
  if (disagreements) failed = true;
}

// 2. zod, valibot, ajv and Python's jsonschema.
if (!process.argv.includes("--fast-path-only")) {
  const started = process.hrtime.bigint();
  const result = runDifferential(targetedSubstitutions(count));
  for (const d of result.disagreements) console.log(`DIFFER ${d}`);
  console.log(
    `${result.cases} substitutions (${Math.min(result.cases, distinctSubstitutions())} distinct) judged by zod, valibot, ajv and Python jsonschema in ${seconds(started)} s: ` +
      `${result.valid} valid and ${result.invalid} invalid for all four, ${result.inexpressible} refused by zod for a checksum only (not compared), ${result.disagreements.length} disagreements.`,
  );
  if (result.disagreements.length) failed = true;
}
process.exitCode = failed ? 1 : 0;
