import type { Parameter } from "../../parameters/Parameter.js";
import { AV177, AV189, AV210 } from "./sportTexts.js";

/**
 * Sport (IDCC 2511): the minimum monthly gross pay of groups 1 to 6 for full time (durée légale),
 * in euros, since minima became absolute amounts per group (avenant n° 177, 1 January 2023). Groups
 * 7 and 8 have annual amounts: {@link sportAnnualMinima}. Keys are the group numbers as strings.
 */
export const sportMonthlyMinima: Parameter<Readonly<Record<string, number>>> = {
  id: "agreement.2511.monthlyMinima",
  description: "Sport (IDCC 2511) : salaire minimum conventionnel mensuel brut à temps plein des groupes 1 à 6 (art. 9.2.1).",
  unit: "EUR/month",
  values: [
    { effectiveFrom: "2023-01-01", value: { "1": 1717, "2": 1763, "3": 1878.5, "4": 1978, "5": 2208, "6": 2739.5 }, sources: AV177, verified: true },
    { effectiveFrom: "2023-07-01", value: { "1": 1737, "2": 1783, "3": 1898.5, "4": 1998, "5": 2228, "6": 2759.5 }, sources: AV177, verified: true },
    { effectiveFrom: "2024-01-01", value: { "1": 1812, "2": 1848, "3": 1958.5, "4": 2058, "5": 2288, "6": 2809.5 }, sources: AV189, verified: true },
    {
      effectiveFrom: "2025-07-01",
      value: { "1": 1830.12, "2": 1866.48, "3": 1978.09, "4": 2078.58, "5": 2310.88, "6": 2837.6 },
      sources: AV210,
      verified: true,
    },
    {
      effectiveFrom: "2026-01-01",
      value: { "1": 1848.42, "2": 1885.14, "3": 1997.87, "4": 2099.37, "5": 2333.99, "6": 2865.97 },
      sources: AV210,
      verified: true,
      note:
        "Dernières valeurs trouvées. L'avenant n° 210 (art. 4) prévoit une réouverture des négociations avant le 1er juillet 2026, ou sous 30 jours si le SMIC dépasse le groupe 1 (cas au 1er juin 2026).",
    },
  ],
};
