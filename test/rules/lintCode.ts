import { lintJobPosting, type Diagnostic, type JobPosting, type LintOptions } from "../../src/index.js";

/** A posting every rule accepts: dated, in French, with an inclusive title and a pay range. */
export const base: JobPosting = {
  language: "fr",
  title: "Chargé·e de mission",
  organisation: { name: "La Tresse", legalForm: "association" },
  contracts: [{ type: "cdd", duration: { value: 12, unit: "month" } }],
  dates: { posted: "2024-02-05", start: { earliest: { date: "2024-03" } } },
  application: { deadline: { date: "2024-02-29", inclusive: true } },
  pay: { amount: { min: 1800, max: 2000, currency: "EUR", basis: "gross", period: "month" } },
};

/** The diagnostics one rule gives on a posting. */
export function lintCode(posting: JobPosting, code: string, options: LintOptions = {}): Diagnostic[] {
  return lintJobPosting(posting, options).filter((d) => d.code === code);
}
