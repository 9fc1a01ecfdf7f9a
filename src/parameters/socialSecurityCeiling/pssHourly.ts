import type { DatedValue, Parameter, Source } from "../Parameter.js";
import { pssTexts } from "./pssTexts.js";

const D242_19: Source = {
  label: "Code de la sécurité sociale, art. D242-19 (plafond horaire = plafond mensuel × 12 / 1 607, arrondi à l'euro)",
  url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000025103320/2012-01-01/",
};

function row(effectiveFrom: string, value: number, extra: readonly Source[] = [], note?: string): DatedValue<number> {
  return {
    effectiveFrom,
    value,
    sources: [...pssTexts[effectiveFrom]!, D242_19, ...extra],
    verified: true,
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * Hourly plafond de la sécurité sociale, EUR/hour: the monthly plafond × 12 / 1 607 hours, rounded to
 * the euro (CSS D242-19); it is the base of the minimum stage gratification. Only the changes are
 * listed (24 € from 2015, 25 € from 2018, 26 € from 2020, …). From 2015-01-01.
 *
 * @example
 * ```ts
 * valueAt(pssHourly, "2026-01-01")?.value; // 30
 * ```
 */
export const pssHourly: Parameter<number> = {
  id: "socialSecurityCeiling.hourly",
  description: "Plafond horaire de la sécurité sociale",
  unit: "EUR/hour",
  values: [
    row("2015-01-01", 24),
    row("2018-01-01", 25),
    row("2020-01-01", 26),
    row("2021-01-01", 26),
    row("2022-01-01", 26),
    row("2023-01-01", 27),
    row("2024-01-01", 29, [{ label: "URSSAF, plafonds", url: "https://www.urssaf.fr/portail/home/taux-et-baremes/plafonds.html" }]),
    row(
      "2025-01-01",
      29,
      [{ label: "Lefebvre Dalloz, 2025 : pas d'augmentation de la gratification des stagiaires (communiqué du BOSS du 4 novembre 2024)", url: "https://open.lefebvre-dalloz.fr/actualites/droit-social/none-augmentation-2025-gratification-stagiaires_f019d71e6-504a-47be-966c-42daa015ac97" }],
      "Not in OpenFisca's hourly file (it stops at 2024); 3 925 × 12 / 1 607 = 29.31, rounded to 29.",
    ),
    row(
      "2026-01-01",
      30,
      [
        { label: "Cerfrance Maine-et-Loire, quelques chiffres utiles en paie au 1er janvier 2026", url: "https://maine-et-loire.cerfrance.fr/actualites/quelques-chiffres-utiles-en-paie-au-1er-janvier-2026" },
        { label: "GHR, la gratification des stagiaires en 2026 (4,50 €/h = 15 % × 30 €)", url: "https://www.ghr.fr/social/actualites/la-gratification-des-stagiaires-en-2026" },
      ],
      "Not in OpenFisca's hourly file; 4 005 × 12 / 1 607 = 29.91, rounded to 30.",
    ),
  ],
};
