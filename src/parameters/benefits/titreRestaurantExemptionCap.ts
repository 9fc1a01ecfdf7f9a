import type { Parameter } from "../Parameter.js";

const OF = { label: "OpenFisca-France, cantines_titres_restaurants/seuil_prix_titre.yaml", url: "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/prelevements_sociaux/cotisations_securite_sociale_regime_general/assiette/cantines_titres_restaurants/seuil_prix_titre.yaml" };

/**
 * Maximum employer share of a titre-restaurant exempt from income tax and social contributions, per
 * voucher (CGI art. 81 19°, indexed each year). The exemption also requires the employer share to be
 * between 50 % and 60 % of the face value (not encoded here). Dated by the year the vouchers are issued.
 */
export const titreRestaurantExemptionCap: Parameter<number> = {
  id: "benefits.titreRestaurantExemptionCap",
  description: "Exempt employer share of a titre-restaurant, per voucher (CGI 81 19°)",
  unit: "EUR/meal-voucher",
  values: [
    {
      effectiveFrom: "2023-01-01",
      value: 6.91,
      sources: [
        { label: "Décret n° 2023-422 du 31 mai 2023, art. 1 (CGI art. 81 19°); BOI-BAREME-000035 du 8 juin 2023", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047618675" },
        OF,
        { label: "Éditions Francis Lefebvre, « Limite d'exonération … fixée à 6,91 € pour 2023 »", url: "https://efl.fr/actualite/limite-exoneration-part-patronale-titres-restaurant-fixee-6-91-2023_f2dca2424-21ab-4c53-bcf4-c626d142aa5e" },
      ],
      verified: true,
      note:
        "Applies to vouchers issued in 2023, though fixed only by the décret published on 2023-06-02; until then the administration " +
        "(BOSS) announced 6.50 €, which the tax administration later said applied to 2022 vouchers. Earlier years are not encoded.",
    },
    {
      effectiveFrom: "2024-01-01",
      value: 7.18,
      sources: [
        { label: "Code général des impôts, art. 81 19° (version 2024)", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048600731/2025-01-01" },
        OF,
        { label: "BOSS, avantages en nature, tableaux récapitulatifs", url: "https://boss.gouv.fr/portail/accueil/avantages-en-nature-et-frais-pro/avantages-en-nature.html" },
      ],
      verified: true,
    },
    {
      effectiveFrom: "2025-01-01",
      value: 7.26,
      sources: [
        { label: "Code général des impôts, art. 81 19° (version 2025)", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048600731/2026-01-01" },
        OF,
      ],
      verified: true,
    },
    {
      effectiveFrom: "2026-01-01",
      value: 7.32,
      sources: [
        { label: "Décret n° 2026-562 du 29 juin 2026, art. 2 (CGI art. 81 19°)", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054341109" },
        OF,
        { label: "Legifiscal, « Titres-restaurant : plafond d'exonération relevé en 2026 » (BOFiP 17/02/2026)", url: "https://www.legifiscal.fr/actualites-fiscales/4428-titres-restaurant-plafond-exoneration-releve-2026.html" },
      ],
      verified: true,
    },
  ],
};
