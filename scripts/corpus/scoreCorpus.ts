import { legalMinimumPay, RULES, toJsonPointer, validateJobPosting, type Diagnostic, type JobPosting, type Severity } from "../../src/index.js";
import type { CorpusOffer, ExpectedLegalMinimum, KnownDeviation, KnownMinimumDeviation } from "./loadCorpus.js";

/** The codes of the rules, to tell rule findings from structure diagnostics. */
export const RULE_CODES: ReadonlySet<string> = new Set(RULES.map((r) => r.code));

/** A rule finding as the corpus compares it: code and JSON Pointer. */
export interface Finding {
  code: string;
  path: string;
  severity: Severity;
}

/** The legal minimum of one contract, reduced to what the expectations state. */
export interface MinimumSummary {
  contractType: string;
  kind: string;
  basis?: "gross" | "net";
  monthly?: { min: number; max: number };
}

/** How one offer fares. */
export interface OfferScore {
  id: string;
  source: string;
  /** Structure diagnostics (an offer of the corpus must have none). */
  structure: Diagnostic[];
  actual: Finding[];
  falsePositives: Finding[];
  falseNegatives: { code: string; path: string }[];
  truePositives: Finding[];
  minimum: { expected: ExpectedLegalMinimum[]; actual: MinimumSummary[]; equal: boolean };
  /** Every fact of the offer is held by the schema. */
  allFactsHeld: boolean;
}

/** Per rule: findings, true positives, false positives, false negatives. */
export interface RuleStats {
  fired: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

const key = (f: { code: string; path: string }) => `${f.code} ${f.path}`;

/** The rule findings of a validation, one per code and path, in order. */
export function ruleFindings(diagnostics: readonly Diagnostic[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const d of diagnostics) {
    if (!RULE_CODES.has(d.code)) continue;
    const f = { code: d.code, path: toJsonPointer(d.path), severity: d.severity };
    if (!seen.has(key(f))) seen.set(key(f), f);
  }
  return [...seen.values()];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** `legalMinimumPay`'s result, reduced to kind, basis and monthly range. */
export function minimumSummary(posting: JobPosting): MinimumSummary[] {
  return legalMinimumPay(posting).map((m) => ({
    contractType: m.contractType,
    kind: m.kind,
    ...(m.basis ? { basis: m.basis } : {}),
    ...(m.monthly ? { monthly: { min: round2(m.monthly.min), max: round2(m.monthly.max) } } : {}),
  }));
}

/** One contract's minimum equals its expectation: same kind, basis and monthly range (to the cent). */
export function sameMinimum(expected: ExpectedLegalMinimum | undefined, actual: MinimumSummary | undefined): boolean {
  if (!expected || !actual) return expected === actual;
  const near = (a: number, b: number) => Math.abs(a - b) < 0.011;
  const monthly =
    expected.monthly === undefined
      ? actual.monthly === undefined
      : actual.monthly !== undefined && near(expected.monthly.min, actual.monthly.min) && near(expected.monthly.max, actual.monthly.max);
  return expected.contractType === actual.contractType && expected.kind === actual.kind && (expected.basis ?? undefined) === (actual.basis ?? undefined) && monthly;
}

/** Scores one offer against its expectations. */
export function scoreOffer(offer: CorpusOffer): OfferScore {
  const result = validateJobPosting(offer.posting);
  const structure = result.diagnostics.filter((d) => !RULE_CODES.has(d.code));
  const actual = ruleFindings(result.diagnostics);
  const expectedKeys = new Set(offer.expectations.diagnostics.map(key));
  const actualKeys = new Set(actual.map(key));
  const actualMinimum = result.posting ? minimumSummary(result.posting) : [];
  const expectedMinimum = offer.expectations.legalMinimum;
  const length = Math.max(actualMinimum.length, expectedMinimum.length);
  const equal = Array.from({ length }, (_, i) => sameMinimum(expectedMinimum[i], actualMinimum[i])).every(Boolean);
  return {
    id: offer.id,
    source: offer.source,
    structure,
    actual,
    truePositives: actual.filter((f) => expectedKeys.has(key(f))),
    falsePositives: actual.filter((f) => !expectedKeys.has(key(f))),
    falseNegatives: offer.expectations.diagnostics.filter((e) => !actualKeys.has(key(e))).map((e) => ({ code: e.code, path: e.path })),
    minimum: { expected: expectedMinimum, actual: actualMinimum, equal },
    allFactsHeld: offer.expectations.factsNotHeld.length === 0,
  };
}

/** Rule statistics over scored offers: every rule of the library, fired or not. */
export function ruleStats(scores: readonly OfferScore[], expectedCodes: readonly string[] = []): Record<string, RuleStats> {
  const stats: Record<string, RuleStats> = {};
  const get = (code: string) => (stats[code] ??= { fired: 0, truePositives: 0, falsePositives: 0, falseNegatives: 0 });
  for (const code of [...RULE_CODES, ...expectedCodes].sort()) get(code);
  for (const s of scores) {
    for (const f of s.actual) get(f.code).fired++;
    for (const f of s.truePositives) get(f.code).truePositives++;
    for (const f of s.falsePositives) get(f.code).falsePositives++;
    for (const f of s.falseNegatives) get(f.code).falseNegatives++;
  }
  return stats;
}

/** Precision of the findings of each severity: true positives over findings. */
export function precisionBySeverity(scores: readonly OfferScore[]): Record<Severity, { findings: number; truePositives: number; precision: number | null }> {
  const out = {} as Record<Severity, { findings: number; truePositives: number; precision: number | null }>;
  for (const severity of ["error", "warning", "info"] as Severity[]) {
    const findings = scores.reduce((n, s) => n + s.actual.filter((f) => f.severity === severity).length, 0);
    const truePositives = scores.reduce((n, s) => n + s.truePositives.filter((f) => f.severity === severity).length, 0);
    out[severity] = { findings, truePositives, precision: findings === 0 ? null : truePositives / findings };
  }
  return out;
}

/** A deviation as it occurs today, in the listed deviations' shape (without reason and owner). */
export type OccurringDeviation = Pick<KnownDeviation, "offer" | "code" | "path" | "kind"> | Pick<KnownMinimumDeviation, "offer" | "contractIndex" | "kind">;

/** Every disagreement between today's code and the expectations. */
export function occurringDeviations(scores: readonly OfferScore[]): OccurringDeviation[] {
  const out: OccurringDeviation[] = [];
  for (const s of scores) {
    for (const f of s.falsePositives) out.push({ offer: s.id, code: f.code, path: f.path, kind: "false-positive" });
    for (const f of s.falseNegatives) out.push({ offer: s.id, code: f.code, path: f.path, kind: "false-negative" });
    const n = Math.max(s.minimum.expected.length, s.minimum.actual.length);
    for (let i = 0; i < n; i++)
      if (!sameMinimum(s.minimum.expected[i], s.minimum.actual[i])) out.push({ offer: s.id, contractIndex: i, kind: "legal-minimum" });
  }
  return out;
}

/** A deviation's identity, to compare occurring and listed deviations. */
export function deviationKey(d: OccurringDeviation): string {
  return d.kind === "legal-minimum" ? `${d.offer} legal-minimum ${d.contractIndex}` : `${d.offer} ${d.kind} ${d.code} ${d.path}`;
}
