import type { Parameter } from "../Parameter.js";
import { grossValues } from "./serviceCiviqueAmountRows.js";

/**
 * Monthly indemnity paid by the State to a service civique volunteer, EUR/month gross (before CSG and CRDS): 36.11 % of the monthly pay at indice brut 244 (CSN R121-23). Offers state it gross or net ({@link serviceCiviqueStateIndemnity}).
 * Computed from the Code and the point d'indice (no official page found states the gross figure), so
 * every value is unverified; the computation gives back the published net amounts to the cent (a cent off in 2023-H2).
 *
 * @example
 * ```ts
 * valueAt(serviceCiviqueStateIndemnityGross, "2024-06-01")?.value; // 558.17
 * ```
 */
export const serviceCiviqueStateIndemnityGross: Parameter<number> = {
  id: "serviceCivique.stateIndemnityGross",
  description: "Indemnité mensuelle de service civique versée par l'État (brute, avant CSG et CRDS)",
  unit: "EUR/month",
  values: grossValues((row) => row.stateGross),
};
