// How current each encoded agreement grid is: shared by the docs table and the freshness check.
import { AGREEMENT_MODELS } from "../src/agreement/AGREEMENT_MODELS.js";
import { COLLECTIVE_AGREEMENTS } from "../src/agreement/COLLECTIVE_AGREEMENTS.js";
import { type AgreementModel, isFailure } from "../src/agreement/model/AgreementModel.js";

/** Whether the model gives a minimum for some rung on the date. */
function computes(model: AgreementModel, date: string): boolean {
  if (model.kind === "pesee") return !isFailure(model.compute(100, date));
  const at = model.gridAt(date);
  return at !== undefined && at.grid.rows.some((row) => !isFailure(model.compute(row, date, at.grid)));
}

export interface AgreementGridStatus {
  idcc: string;
  shortName: string;
  /** First date a minimum can be computed (grid and values both encoded). */
  since: string;
  /** Latest date a value of the grid's series takes effect. */
  lastValue: string;
  /** Whether the values in force from `lastValue` on are all verified. */
  lastVerified: boolean;
  /** Values of the grid's series marked `verified: false`. */
  unverified: number;
}

/** One line per encoded agreement, in IDCC order. */
export function agreementGridStatus(): AgreementGridStatus[] {
  return COLLECTIVE_AGREEMENTS.filter((a) => AGREEMENT_MODELS[a.idcc]).map((a) => {
    const series = AGREEMENT_MODELS[a.idcc]!.parameters;
    const values = series.flatMap((p) => p.values);
    const lastValue = values.map((v) => v.effectiveFrom).reduce((x, y) => (x > y ? x : y));
    return {
      idcc: a.idcc,
      shortName: a.shortName,
      since: [...new Set(values.map((v) => v.effectiveFrom))].sort().find((d) => computes(AGREEMENT_MODELS[a.idcc]!, d)) ?? "—",
      lastValue,
      lastVerified: series.every((p) => p.values.at(-1)!.verified),
      unverified: values.filter((v) => !v.verified).length,
    };
  });
}

/** The table of docs/collective-agreements.md (between its markers). */
export function agreementTableMarkdown(): string {
  const encoded = new Map(agreementGridStatus().map((s) => [s.idcc, s]));
  return [
    "| IDCC | Name | Grid encoded since | Last value from | Last values verified | Unverified values |",
    "|---|---|---|---|---|---|",
    ...COLLECTIVE_AGREEMENTS.map((a) => {
      const s = encoded.get(a.idcc);
      return s
        ? `| ${a.idcc} | ${a.shortName} | ${s.since} | ${s.lastValue} | ${s.lastVerified ? "yes" : "**no**"} | ${s.unverified} |`
        : `| ${a.idcc} | ${a.shortName} | no grid | — | — | — |`;
    }),
  ].join("\n");
}
