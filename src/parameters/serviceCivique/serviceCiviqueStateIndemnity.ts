import type { DatedValue, Parameter } from "../Parameter.js";
import { serviceCiviqueAmountRows } from "./serviceCiviqueAmountRows.js";

/**
 * Monthly indemnity paid by the State (through the ASP) to a service civique volunteer, EUR/month net, whatever the weekly hours: 36.11 % of the gross monthly pay at indice brut 244 of the fonction publique since 2018-01-01 (CSN R121-23), net of CSG/CRDS.
 * From 2018-01-01; the 2025 and 2026 values are presumed unchanged and unverified.
 *
 * @example
 * ```ts
 * valueAt(serviceCiviqueStateIndemnity, "2024-06-01")?.value; // 504.98
 * ```
 */
export const serviceCiviqueStateIndemnity: Parameter<number> = {
  id: "serviceCivique.stateIndemnity",
  description: "Indemnité mensuelle de service civique versée par l'État (nette)",
  unit: "EUR/month",
  values: serviceCiviqueAmountRows.map((row): DatedValue<number> => ({
    effectiveFrom: row.effectiveFrom,
    value: row.state,
    sources: row.sources,
    verified: row.verified,
    ...(row.note === undefined ? {} : { note: row.note }),
  })),
};
