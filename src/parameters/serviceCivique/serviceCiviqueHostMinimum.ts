import type { DatedValue, Parameter } from "../Parameter.js";
import { serviceCiviqueAmountRows } from "./serviceCiviqueAmountRows.js";

/**
 * Minimum monthly prestation (subsistence, equipment, housing, transport) the host must give the volunteer, in cash or in kind, EUR/month: 7.43 % of the monthly pay at indice brut 244.
 * From 2018-01-01; the 2025 and 2026 values are presumed unchanged and unverified.
 *
 * @example
 * ```ts
 * valueAt(serviceCiviqueHostMinimum, "2024-06-01")?.value; // 114.85
 * ```
 */
export const serviceCiviqueHostMinimum: Parameter<number> = {
  id: "serviceCivique.hostMinimum",
  description: "Prestation minimale de subsistance versée par l'organisme d'accueil",
  unit: "EUR/month",
  values: serviceCiviqueAmountRows.map((row): DatedValue<number> => ({
    effectiveFrom: row.effectiveFrom,
    value: row.hostMinimum,
    sources: row.sources,
    verified: row.verified,
    ...(row.note === undefined ? {} : { note: row.note }),
  })),
};
