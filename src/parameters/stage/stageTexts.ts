import type { Source } from "../Parameter.js";

/**
 * The legal texts on stage gratification and duration.
 * @internal
 */
export const stageTexts = {
  l124_5: { label: "Code de l'éducation, art. L124-5 (6 mois par année d'enseignement et par stagiaire dans le même organisme d'accueil)" },
  l124_6: { label: "Code de l'éducation, art. L124-6 (gratification due au-delà de 2 mois, consécutifs ou non, au cours d'une même année scolaire ou universitaire)", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000029234400/" },
  d124_6: { label: "Code de l'éducation, art. D124-6 (7 heures de présence = 1 jour, 22 jours = 1 mois)" },
  d124_8: { label: "Code de l'éducation, art. D124-8 (gratification horaire = 15 % du plafond horaire de la sécurité sociale)" },
  decree2014_1420: { label: "Décret n° 2014-1420 du 27 novembre 2014 relatif à l'encadrement des périodes de formation en milieu professionnel et des stages", url: "https://www.legifrance.gouv.fr/affichTexte.do?cidTexte=JORFTEXT000029813186" },
  openfisca: { label: "OpenFisca-France, marche_travail/salaire_minimum/minstage/taux_gratification_min.yaml", url: "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/marche_travail/salaire_minimum/minstage/taux_gratification_min.yaml" },
  cerfrance2026: { label: "Cerfrance Maine-et-Loire, quelques chiffres utiles en paie au 1er janvier 2026", url: "https://maine-et-loire.cerfrance.fr/actualites/quelques-chiffres-utiles-en-paie-au-1er-janvier-2026" },
  ghr2026: { label: "GHR, la gratification des stagiaires en 2026", url: "https://www.ghr.fr/social/actualites/la-gratification-des-stagiaires-en-2026" },
  montp3: { label: "Université Paul-Valéry Montpellier 3, durée de stage et gratification (updated 2026-01-21)", url: "https://masterprojet.www.univ-montp3.fr/fr/apprentissage-alternance-et-stages/stages-entrants/dur%C3%A9e-de-stage-et-gratification" },
} as const satisfies Record<string, Source>;
