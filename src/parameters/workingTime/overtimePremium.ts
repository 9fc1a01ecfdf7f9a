import type { Parameter } from "../Parameter.js";

/** The statutory overtime premiums: a rate for the first hours above the legal week, another beyond. */
export interface OvertimePremium {
  /** Overtime hours a week paid at `firstRate` (the first eight). */
  firstHours: number;
  /** Premium on each of the first overtime hours, as a ratio of the hourly pay (0.25). */
  firstRate: number;
  /** Premium on each later overtime hour (0.5). */
  laterRate: number;
}

/**
 * The overtime premiums that apply when no agreement sets others (majorations supplétives): 25 % for
 * each of the first eight hours a week above the legal week of 35 h, 50 % beyond. A branch or company
 * agreement may set other rates, never under 10 % (L3121-33): these are the law's default, the minimum
 * of an employer whose agreement is not known.
 *
 * @example
 * ```ts
 * valueAt(overtimePremium, "2024-11-21")?.value; // { firstHours: 8, firstRate: 0.25, laterRate: 0.5 }
 * ```
 */
export const overtimePremium: Parameter<OvertimePremium> = {
  id: "workingTime.overtimePremium",
  description: "Majoration des heures supplémentaires à défaut d'accord : 25 % pour les 8 premières heures au-delà de 35 h, 50 % au-delà.",
  unit: "ratio",
  values: [
    {
      effectiveFrom: "2008-05-01",
      value: { firstHours: 8, firstRate: 0.25, laterRate: 0.5 },
      sources: [
        { label: "Code du travail, art. L3121-22 (version du 1er mai 2008 au 9 août 2016) : 25 % pour les huit premières heures supplémentaires, 50 % au-delà" },
        { label: "Code du travail, art. L3121-36 (depuis la loi n° 2016-1088 du 8 août 2016), à défaut d'accord ; art. L3121-33 (un accord peut fixer un taux d'au moins 10 %)", url: "https://code.travail.gouv.fr/code-du-travail/l3121-36" },
      ],
      verified: true,
      note: "Rates unchanged by the 2016 recodification (L3121-22 became L3121-36). Encoded from the recodified Code of 2008; before it, the transition rules of the 35-hour laws for firms of 20 employees or fewer (a lower premium on the first four overtime hours) applied to some employers: not encoded.",
    },
  ],
};
