import type { DatedValue, Parameter } from "../Parameter.js";
import { serviceCiviqueAmountRows } from "./serviceCiviqueAmountRows.js";

/**
 * Monthly majoration of the state indemnity on social criteria, EUR/month net: 8.22 % of the gross monthly pay at indice brut 244 since 2018-01-01 (CSN R121-24); who qualifies: {@link serviceCiviqueMajorationConditions}. From 2022-07-01 to 2023-06-30 computed (111,45 €) and unverified.
 * From 2018-01-01; the 2025 and 2026 values are presumed unchanged and unverified.
 *
 * @example
 * ```ts
 * valueAt(serviceCiviqueMajoration, "2024-06-01")?.value; // 114.95
 * ```
 */
export const serviceCiviqueMajoration: Parameter<number> = {
  id: "serviceCivique.majoration",
  description: "Majoration sur critères sociaux de l'indemnité de service civique (nette)",
  unit: "EUR/month",
  values: serviceCiviqueAmountRows.map((row): DatedValue<number> => ({
    effectiveFrom: row.effectiveFrom,
    value: row.majoration,
    sources: row.sources,
    verified: row.verified,
    ...(row.note === undefined ? {} : { note: row.note }),
  })),
};
