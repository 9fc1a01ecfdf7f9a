// The rules' diagnostics of this checkout against another build's, on the same postings: a change
// meant to make the rules cheaper must leave every diagnostic as it was (code, severity, path,
// message). Each posting is validated (`validateJobPosting`: verdict, posting and diagnostics) and,
// when its structure is valid (`lintJobPosting` takes a JobPosting), linted, in French, in English and
// at a 2016 date, compared to the letter. Prints each disagreement; exits 1 on any. Not a timing.
//
//   RULES_COMPARE=<another build's ESM entry, such as /tmp/start/src/index.ts> npx tsx bench/rules-differential.ts [count] [seed]
//
// (`BASELINE=` is read when `RULES_COMPARE` is not set.) Inputs, the same for the same seed:
// - fixed: the examples, the invalid fixtures, the corpus and the throughput bench's variants;
// - `count` / 5 of those with their texts mutated (bench/support/generatedTexts.ts);
// - `count` examples with generated titles, subtitles and texts, a third of them at the English
//   heuristic's thresholds (the title and text rules: gender marks, content/not-in-french);
// - `count` examples and corpus postings whose free texts get trigger phrases, under various contracts
//   (the trigger-word rules: signs of subordination, age phrases, discriminatory criteria, employment
//   vocabulary; bench/support/triggerPhrases.ts).
import { lintJobPosting, validateJobPosting } from "../src/index.js";
import { corpusPostings } from "../test/support/fastPathDifferential.js";
import { examples, fixtures } from "../test/support/jsonSchemaCases.js";
import { stringsOf, textGenerators } from "./support/generatedTexts.js";
import { postingSets } from "./support/postings.js";
import { seeded } from "./support/seeded.js";
import { triggerPostings } from "./support/triggerPhrases.js";

type Lint = typeof lintJobPosting;
type Validate = typeof validateJobPosting;
const other = process.env["RULES_COMPARE"] ?? process.env["BASELINE"];
if (!other) throw new Error("RULES_COMPARE=<path of the other build's ESM entry> is required");
const built = (await import(other)) as { lintJobPosting: Lint; validateJobPosting: Validate };
const [count, seed] = [Number(process.argv[2] ?? 20_000), Number(process.argv[3] ?? 14)];
if (!Number.isSafeInteger(count) || !Number.isSafeInteger(seed)) throw new Error("usage: rules-differential.ts [count] [seed], two integers");
const rng = seeded(seed);
const { mutated, titled } = textGenerators(rng);
const trigger = triggerPostings(rng);

const { valid, invalid } = postingSets(60);
const fixed = [...examples(), ...fixtures(), ...corpusPostings(), ...[...valid, ...invalid].map((p) => ({ name: `bench variant ${String(p["id"])}`, instance: p }))];
const realTexts = fixed.flatMap((c) => stringsOf(c.instance));
const exampleDocs = examples().map((c) => c.instance as Record<string, unknown>);

/** Every input, family by family, generated as it is compared. */
function* inputs(): Generator<{ family: string; name: string; posting: unknown }> {
  for (const c of fixed) yield { family: "fixed", name: c.name, posting: c.instance };
  for (let i = 0; i < count / 5; i++) {
    const c = rng.pick(fixed);
    yield { family: "mutated texts", name: `${c.name}, mutated ${i}`, posting: mutated(c.instance, realTexts) };
  }
  for (let i = 0; i < count; i++) yield { family: "generated titles and texts", name: `generated title ${i}`, posting: titled(exampleDocs) };
  for (let i = 0; i < count; i++) yield { family: "trigger phrases", name: `trigger phrases ${i}`, posting: trigger() };
}

/** The JSON of what `run` returns, or of the error it throws. */
const outcome = (run: () => unknown): string => {
  try {
    return JSON.stringify(run());
  } catch (e) {
    return `threw ${String(e)}`;
  }
};
const cut = (s: string) => (s.length > 1000 ? `${s.slice(0, 1000)}… (${s.length} characters)` : s);

let disagreements = 0;
const families = new Map<string, number>();
const findings = new Map<string, number>();
const started = process.hrtime.bigint();
for (const { family, name, posting } of inputs()) {
  families.set(family, (families.get(family) ?? 0) + 1);
  const typed = validateJobPosting(posting, { structureOnly: true }).valid; // lintJobPosting takes a JobPosting
  for (const options of [{}, { locale: "en" as const }, { date: "2016-01-01" }]) {
    let validated: { diagnostics: { code: string }[] } | undefined;
    const pairs: [string, string, string][] = [
      ["validate", outcome(() => (validated = validateJobPosting(posting, options))), outcome(() => built.validateJobPosting(posting, options))],
    ];
    if (typed) pairs.push(["lint", outcome(() => lintJobPosting(posting as never, options)), outcome(() => built.lintJobPosting(posting as never, options))]);
    for (const [what, mine, theirs] of pairs) {
      if (mine === theirs) continue;
      disagreements++;
      console.log(`DIFFER ${what} ${name} (seed ${seed}) ${JSON.stringify(options)}\n  this:  ${cut(mine)}\n  other: ${cut(theirs)}`);
    }
    if (Object.keys(options).length === 0) for (const d of validated?.diagnostics ?? []) findings.set(d.code, (findings.get(d.code) ?? 0) + 1);
  }
}
const seconds = (Number(process.hrtime.bigint() - started) / 1e9).toFixed(0);
const postings = [...families.values()].reduce((a, b) => a + b, 0);
console.log(`${postings} postings (${[...families].map(([f, n]) => `${n} ${f}`).join(", ")}; seed ${seed}), each validated (and linted when well-formed) in French, in English and at 2016-01-01, by this checkout and ${other}, in ${seconds} s: ${disagreements} disagreements.`);
console.log("diagnostics by code (validated in French, this checkout):", Object.fromEntries([...findings].sort((a, b) => b[1] - a[1])));
process.exit(disagreements ? 1 : 0);
