import type { Parameter } from "../Parameter.js";

const OF = { label: "OpenFisca-France, rpns/micro/microentreprise/regime_micro_bic/marchandises/plafond.yaml", url: "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/impot_revenu/calcul_revenus_imposables/rpns/micro/microentreprise/regime_micro_bic/marchandises/plafond.yaml" };

/**
 * Annual turnover ceiling (excl. VAT) of the micro-entreprise regime for sales of goods, food to take
 * away or eat in, and lodging (CGI art. 50-0 1°), updated every three years. Dated by the calendar
 * year of turnover it applies to.
 */
export const microEntrepreneurSalesCeiling: Parameter<number> = {
  id: "microEntrepreneur.salesCeiling",
  description: "Micro-entreprise turnover ceiling, sales and lodging (CGI 50-0 1°)",
  unit: "EUR/year",
  values: [
    {
      effectiveFrom: "2018-01-01",
      value: 170000,
      sources: [
        { label: "Loi n° 2017-1837 du 30 décembre 2017 de finances pour 2018, art. 22", url: "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000036339230" },
        OF,
        { label: "Portail auto-entrepreneur, « Loi de finances 2018 : hausse des plafonds »", url: "https://www.portail-autoentrepreneur.fr/actualites/loi-finances-2018-hausse-plafonds" },
      ],
      verified: true,
      note: "For income tax the new ceilings applied from the taxation of 2017 income (OpenFisca dates them 2017); the regime applied them from 2018-01-01.",
    },
    {
      effectiveFrom: "2020-01-01",
      value: 176200,
      sources: [
        { label: "Décret n° 2020-897 du 22 juillet 2020, art. 1", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000042143201" },
        OF,
        { label: "Legifiscal, seuils appliqués aux années 2020 à 2022", url: "https://legifiscal.fr/actualites-fiscales/3371-revalorisation-seuils-micro-entreprise-trois-annees-venir.html" },
      ],
      verified: true,
    },
    {
      effectiveFrom: "2023-01-01",
      value: 188700,
      sources: [
        { label: "Décret n° 2023-422 du 31 mai 2023, art. 1", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047618675" },
        OF,
        { label: "Cerfrance, seuils pour les années 2023, 2024 et 2025", url: "https://horizon63.cerfrance.fr/breves/modification-des-seuils-des-regimes-micro-ba-micro-bic-et-micro-bnc" },
      ],
      verified: true,
    },
    {
      effectiveFrom: "2026-01-01",
      value: 203100,
      sources: [
        { label: "Décret n° 2026-562 du 29 juin 2026, art. 2", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054341109" },
        OF,
        { label: "Journal de l'économie, 4 mars 2026 (annonce Urssaf du 20 février 2026)", url: "https://www.journaldeleconomie.fr/auto-entrepreneurs-la-mauvaise-surprise-cachee-dans-les-nouveaux-baremes/" },
      ],
      verified: false,
      note:
        "Amount from OpenFisca (citing the décret) and a press article; the first year of application is not settled: OpenFisca dates " +
        "it 2025-01-01 in its income-year convention, the press says since 2026-01-01 (triennial period 2026–2028).",
    },
  ],
};
