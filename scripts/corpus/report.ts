import type { Severity } from "../../src/index.js";
import type { CorpusOffer } from "./loadCorpus.js";
import { occurringDeviations, precisionBySeverity, ruleStats, scoreOffer, type RuleStats } from "./scoreCorpus.js";

/** The corpus report, as `npm run corpus -- --json` prints it. */
export interface CorpusReport {
  postings: number;
  sources: number;
  /** Distinct collective agreements (IDCC) and contract types the offers cover. */
  idccs: string[];
  contractTypes: string[];
  rules: Record<string, RuleStats>;
  precision: Record<Severity, { findings: number; truePositives: number; precision: number | null }>;
  /** Error-severity findings that are not expected: errors on lawful offers ("offer code path"). */
  falseErrors: string[];
  /** Offers with at least one structure diagnostic (must be none). */
  schemaInvalid: string[];
  /** Share of offers whose every fact the schema holds. */
  factsHeld: { offers: number; share: number };
  legalMinimum: { contracts: number; equal: number };
  pay?: { phrases: number; exact: number };
  seeded: Record<string, { cases: number; caught: number }>;
}

type PostingLike = { contracts?: { type?: string }[]; collectiveAgreement?: { idcc?: string } };

/** Builds the report from the offers, the pay exactness and the seeded recall. */
export function corpusReport(offers: readonly CorpusOffer[], pay: { phrases: number; exact: number } | undefined, seeded: Record<string, { cases: number; caught: number }>): CorpusReport {
  const scores = offers.map(scoreOffer);
  const postings = offers.map((o) => o.posting as PostingLike);
  const held = scores.filter((s) => s.allFactsHeld).length;
  const contracts = scores.reduce((n, s) => n + Math.max(s.minimum.expected.length, s.minimum.actual.length), 0);
  const unequal = occurringDeviations(scores).filter((d) => d.kind === "legal-minimum").length;
  return {
    postings: offers.length,
    sources: new Set(offers.map((o) => o.source)).size,
    idccs: [...new Set(postings.map((p) => p.collectiveAgreement?.idcc).filter((x): x is string => typeof x === "string"))].sort(),
    contractTypes: [...new Set(postings.flatMap((p) => (p.contracts ?? []).map((c) => c.type ?? "?")))].sort(),
    rules: ruleStats(scores, offers.flatMap((o) => o.expectations.diagnostics.map((d) => d.code))),
    precision: precisionBySeverity(scores),
    falseErrors: scores.flatMap((s) => s.falsePositives.filter((f) => f.severity === "error").map((f) => `${s.id} ${f.code} ${f.path}`)),
    schemaInvalid: scores.filter((s) => s.structure.length > 0).map((s) => s.id),
    factsHeld: { offers: held, share: offers.length === 0 ? 0 : held / offers.length },
    legalMinimum: { contracts, equal: contracts - unequal },
    ...(pay ? { pay } : {}),
    seeded,
  };
}

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)} %`);
const pad = (s: string | number, n: number) => String(s).padStart(n);

/** The report as a plain-text table. */
export function formatReport(r: CorpusReport): string {
  const lines: string[] = [];
  lines.push(`Corpus: ${r.postings} offers from ${r.sources} sources; ${r.idccs.length} IDCCs (${r.idccs.join(", ")}); contracts: ${r.contractTypes.join(", ")}.`);
  if (r.schemaInvalid.length > 0) lines.push(`Schema-invalid offers: ${r.schemaInvalid.join(", ")}`);
  lines.push("", `${"rule".padEnd(44)} ${pad("fired", 6)} ${pad("TP", 4)} ${pad("FP", 4)} ${pad("FN", 4)}   ${pad("seeded", 7)} ${pad("caught", 7)}`);
  const codes = [...new Set([...Object.keys(r.rules), ...Object.keys(r.seeded)])].sort();
  for (const code of codes) {
    const s = r.rules[code] ?? { fired: 0, truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    const seeded = r.seeded[code];
    lines.push(
      `${code.padEnd(44)} ${pad(s.fired, 6)} ${pad(s.truePositives, 4)} ${pad(s.falsePositives, 4)} ${pad(s.falseNegatives, 4)}   ${pad(seeded?.cases ?? "", 7)} ${pad(seeded ? `${seeded.caught}` : "", 7)}`,
    );
  }
  lines.push("", "Precision by severity:");
  for (const [severity, p] of Object.entries(r.precision)) lines.push(`  ${severity.padEnd(8)} ${pct(p.precision)} (${p.truePositives} of ${p.findings} findings)`);
  lines.push(`False errors (error findings on lawful offers): ${r.falseErrors.length}${r.falseErrors.length ? ` — ${r.falseErrors.join("; ")}` : ""}`);
  lines.push(`Offers whose every fact the schema holds: ${r.factsHeld.offers} of ${r.postings} (${pct(r.factsHeld.share)})`);
  lines.push(`Legal minimum equal to the law-based expectation: ${r.legalMinimum.equal} of ${r.legalMinimum.contracts} contracts`);
  lines.push(r.pay ? `Pay phrases read exactly by parsePay: ${r.pay.exact} of ${r.pay.phrases} (${pct(r.pay.phrases ? r.pay.exact / r.pay.phrases : null)})` : "Pay phrases: corpus/pay-phrases.json not found");
  const cases = Object.values(r.seeded).reduce((n, s) => n + s.cases, 0);
  const caughtCount = Object.values(r.seeded).reduce((n, s) => n + s.caught, 0);
  lines.push(`Seeded violations caught: ${caughtCount} of ${cases} (${pct(cases ? caughtCount / cases : null)})`);
  return `${lines.join("\n")}\n`;
}
