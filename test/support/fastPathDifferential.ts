// The fast path against zod: what `validateJobPosting` gives now (the generated fast path first, zod
// for the diagnostics) against what it gave before the fast path (zod's `safeParse` with the
// diagnostics of its finalized issues), and the generated function against `JobPostingSchema.safeParse`
// directly. Used by test/fastPath/differential.test.ts and bench/differential.ts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { JobPostingSchema, validateJobPosting, type ValidateOptions } from "../../src/index.js";
import { parseJobPostingFast } from "../../src/validate/generated/parseJobPostingFast.js";
import { structureDiagnostics } from "../../src/validate/structureDiagnostics.js";
import { validateWith } from "../../src/validate/validateWith.js";

const root = join(import.meta.dirname, "..", "..");

/** `validateJobPosting` as it was before the fast path: zod's `safeParse` alone. */
export function validateWithSafeParse(input: unknown, options: ValidateOptions = {}): ReturnType<typeof validateJobPosting> {
  return validateWith(input, options, (value, locale) => {
    const parsed = JobPostingSchema.safeParse(value, { reportInput: true });
    return parsed.success ? { success: true, data: parsed.data } : { success: false, diagnostics: structureDiagnostics(parsed.error.issues, locale) };
  });
}

/**
 * Where two outputs differ, or `undefined`: the same values (`Object.is`), the same prototypes, the
 * same keys in the same order (an own key holding `undefined` differs from an absent one), the same
 * array holes.
 */
export function outputDifference(a: unknown, b: unknown, at = "$"): string | undefined {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return Object.is(a, b) ? undefined : `${at}: ${String(a)} ≠ ${String(b)}`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at}: different prototypes`;
  const ka = Reflect.ownKeys(a);
  const kb = Reflect.ownKeys(b);
  if (!isDeepStrictEqual(ka, kb)) return `${at}: keys ${ka.map(String).join(",")} ≠ ${kb.map(String).join(",")}`;
  for (const k of ka) {
    if (k === "length" && Array.isArray(a)) continue;
    const d = outputDifference((a as Record<PropertyKey, unknown>)[k], (b as Record<PropertyKey, unknown>)[k], `${at}.${String(k)}`);
    if (d) return d;
  }
  return undefined;
}

/** The generated function against `JobPostingSchema.safeParse`: the same verdict, and zod's output, a copy. */
export function fastParseDisagreement(input: unknown): string | undefined {
  let zod: ReturnType<typeof JobPostingSchema.safeParse>;
  try {
    zod = JobPostingSchema.safeParse(input);
  } catch {
    return undefined; // zod throws (a hostile getter): validateJobPosting reports the input unreadable, compared below
  }
  let fast: unknown;
  try {
    fast = parseJobPostingFast(input);
  } catch (e) {
    return `the fast path throws (${String(e)}) where zod does not`;
  }
  if (zod.success !== (fast !== undefined)) return `zod says ${zod.success ? "valid" : "invalid"}, the fast path ${fast === undefined ? "invalid" : "valid"}`;
  if (!zod.success) return undefined;
  if (fast === input) return "the fast path returns its input, zod a copy";
  return outputDifference(fast, zod.data);
}

/** `validateJobPosting` now against {@link validateWithSafeParse}: verdict, diagnostics (codes, paths, messages), posting. */
export function validateDisagreement(input: unknown, options: ValidateOptions = {}): string | undefined {
  const now = validateJobPosting(input, options);
  const before = validateWithSafeParse(input, options);
  if (now.valid !== before.valid) return `valid: ${now.valid} now, ${before.valid} before`;
  if (!isDeepStrictEqual(now.diagnostics, before.diagnostics)) return `diagnostics now ${JSON.stringify(now.diagnostics).slice(0, 600)}, before ${JSON.stringify(before.diagnostics).slice(0, 600)}`;
  if (("posting" in now) !== ("posting" in before)) return "a posting on one side only";
  return outputDifference(now.posting, before.posting, "posting");
}

/** Both comparisons, with the locale and rule options given. */
export function fastPathDisagreement(input: unknown, options: ValidateOptions = { rules: false }): string | undefined {
  return fastParseDisagreement(input) ?? validateDisagreement(input, options);
}

/** The postings of the corpus (corpus/offers/NAME/posting.json), by name. */
export function corpusPostings(): { name: string; instance: unknown }[] {
  const dir = join(root, "corpus", "offers");
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name: `corpus/offers/${name}`, instance: JSON.parse(readFileSync(join(dir, name, "posting.json"), "utf8")) as unknown }));
}
