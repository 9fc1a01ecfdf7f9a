import { agreementMinimumPay, type AgreementMinimumPayInput } from "../agreement/agreementMinimumPay.js";
import type { Classification } from "../agreement/ClassificationSchema.js";
import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import type { RuleContext } from "./Rule.js";
import { shared } from "./shared.js";

type Reading = ReturnType<typeof agreementMinimumPay>;

/**
 * Every field of a classification (all that `agreementMinimumPay` may read of it), keyed by the type's
 * own keys: a field the schema gains fails tsc here until it is listed, instead of two classifications
 * that differ only in it sharing a remembered reading.
 */
const CLASSIFICATION_FIELDS: Record<keyof Classification, true> = { category: true, group: true, coefficient: true, level: true, seniorityYears: true, label: true };
/** Those fields, in a fixed order. */
const FIELDS = Object.keys(CLASSIFICATION_FIELDS) as (keyof Classification)[];
/** Readings remembered across runs: a feed's postings share a few agreements and rungs. */
const READINGS = new Map<string, Reading>();
const SIZE = 64;

/**
 * The key of an input by value, or `undefined` when a value is not one the key can tell apart exactly
 * (a classification field other than a string, a finite number or absent; a territory).
 */
function keyOf(input: AgreementMinimumPayInput): string | undefined {
  const c: unknown = input.classification;
  if (typeof c !== "object" || c === null || input.territory !== undefined) return undefined;
  // Every value read, then each written apart: a string by its length and characters (so no two lists
  // of values share a key), a finite number by its shortest digits (as JSON writes it: -0 as 0), absent as `u`.
  let key = "";
  let exact = true;
  const values: unknown[] = [input.idcc, input.date, input.weeklyHours];
  for (let i = 0; i < FIELDS.length; i++) values.push((c as Record<string, unknown>)[FIELDS[i]!]);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === "string") key += `s${v.length}:${v}`;
    else if (typeof v === "number" && Number.isFinite(v)) key += `n${v};`;
    else if (v === undefined) key += "u;";
    else exact = false;
  }
  return exact ? key : undefined;
}

/**
 * `agreementMinimumPay(input)` for the pay rules (through `legalMinimums`) and
 * `agreement/classification-not-found`, which read the same rung, the same day, for the same hours:
 * remembered by value across runs (the last 64 inputs; the reading of an input never changes, the
 * grids being constants of the library), else once per run for the posting's own classification.
 * The reading is shared: its readers never change it.
 * @internal
 */
export function agreementReading(posting: JobPosting, context: RuleContext, input: AgreementMinimumPayInput): Reading {
  const key = keyOf(input);
  if (key !== undefined) {
    let reading = READINGS.get(key);
    if (reading === undefined) {
      reading = agreementMinimumPay(input);
      if (READINGS.size >= SIZE) READINGS.delete(READINGS.keys().next().value as string);
      READINGS.set(key, reading);
    }
    return reading;
  }
  if (input.classification !== posting.collectiveAgreement?.classification || input.territory !== undefined) return agreementMinimumPay(input);
  return shared(context, `agreement-minimum|${String(input.idcc)}|${input.date}|${String(input.weeklyHours)}`, () => agreementMinimumPay(input));
}
