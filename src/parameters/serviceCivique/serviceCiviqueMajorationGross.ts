import type { Parameter } from "../Parameter.js";
import { grossValues } from "./serviceCiviqueAmountRows.js";

/**
 * Monthly majoration of the state indemnity on social criteria, EUR/month gross (before CSG and CRDS): 8.22 % of the monthly pay at indice brut 244 (CSN R121-24); net: {@link serviceCiviqueMajoration}.
 * Computed from the Code and the point d'indice (no official page found states the gross figure), so
 * every value is unverified; the computation gives back the published net amounts to the cent (a cent off in 2023-H2).
 *
 * @example
 * ```ts
 * valueAt(serviceCiviqueMajorationGross, "2024-06-01")?.value; // 127.06
 * ```
 */
export const serviceCiviqueMajorationGross: Parameter<number> = {
  id: "serviceCivique.majorationGross",
  description: "Majoration sur critères sociaux de l'indemnité de service civique (brute, avant CSG et CRDS)",
  unit: "EUR/month",
  values: grossValues((row) => row.majorationGross),
};
