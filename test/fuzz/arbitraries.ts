import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";

/** The shipped example postings, the seeds of mutated postings. */
export const EXAMPLES: Record<string, unknown>[] = readdirSync(join(import.meta.dirname, "..", "..", "examples"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "examples", f), "utf8")) as Record<string, unknown>);

/** Text that has hurt parsers, reports and CI logs: commands, escapes, prototype keys, lone surrogates, dates that do not exist. */
const NASTY = [
  "\n::error file=x,line=1::pwned",
  "##vso[task.setvariable variable=x]1",
  "\u001b[2J\u001b]0;t\u0007",
  "\u009b31m\u202e\u2028",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "\ud800",
  "\u0000",
  "2023-02-30",
  "0000-01-01",
  "1518\n",
  "IDCC 1518",
  "1 500 € brut par mois",
  "de 9h à 17h ",
  "<ul><li>",
  "salarié ",
  "%0A%25",
  "&amp;<![CDATA[",
];

/** Strings: any code units (lone surrogates included), the nasty ones, and repetitions of them. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.constantFrom(...NASTY),
  fc.tuple(fc.constantFrom(...NASTY), fc.integer({ min: 2, max: 400 })).map(([s, n]) => s.repeat(n)),
);

/** Any value: primitives of every type, objects with hostile keys (`__proto__` as an own key), arrays, null prototypes, Maps, typed arrays. */
export const hostileValue: fc.Arbitrary<unknown> = fc.anything({
  key: fc.oneof(hostileString, fc.constantFrom("title", "contracts", "type", "pay", "amount", "dates", "posted", "idcc", "organisation", "name")),
  values: [hostileString, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.bigInt()],
  maxDepth: 3,
  maxKeys: 6,
  withNullPrototype: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withDate: true,
});

/** An array or a plain object (not a boxed string, a typed array, a Map…): one the mutation may write into. */
const isPlain = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/** Sets `value` at a path chosen by `picks` (each pick chooses a key or index of the node reached), in a deep copy of `root`. */
function mutate(root: unknown, picks: number[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (let i = 0; i < picks.length; i++) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[picks[i]! % keys.length]!;
    const child = node[key];
    if (i === picks.length - 1 || !isPlain(child)) {
      node[key] = value;
      return copy;
    }
    node = child as Record<string, unknown>;
  }
  Object.defineProperty(node, "__proto__", { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

/** A real example posting with one to three values replaced by hostile ones, anywhere in its tree. */
export const mutatedPosting: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...EXAMPLES), fc.array(fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), hostileValue), { minLength: 1, maxLength: 3 }))
  .map(([example, mutations]) => mutations.reduce<unknown>((posting, [picks, value]) => mutate(posting, picks, value), example));

/** Seed and run count of the fuzzing properties: FUZZ_SEED reproduces a failure (fast-check prints the seed in its failure message). */
export const fuzzOptions = (numRuns: number) => ({ seed: Number(process.env["FUZZ_SEED"] ?? Math.floor(Math.random() * 2 ** 31)), numRuns: Number(process.env["FUZZ_RUNS"] ?? numRuns) });
