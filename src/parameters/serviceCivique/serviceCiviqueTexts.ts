import type { Source } from "../Parameter.js";

/**
 * Texts and pages on the service civique (Code du service national, CSN) and its amounts.
 * @internal
 */
export const serviceCiviqueTexts = {
  decree2017_1821: { label: "Décret n° 2017-1821 du 28 décembre 2017 (JO du 30 décembre 2017): CSN R121-23 and R121-24, state indemnity 36,11 % and majoration 8,22 % of the monthly pay at indice brut 244, from 2018-01-01" },
  centreInffo2018: { label: "Centre Inffo, « Service civique : relèvement du montant des indemnités » (2 janvier 2018)", url: "https://centre-inffo.fr/site-droit-formation/actualites-droit/service-civique-relevement-du-montant-des-indemnites" },
  miloRlc: { label: "Mission locale Rive gauche (milo-rlc.eu), FAQ des volontaires (473,04 € ; majoration 107,68 € ; prestation 107,58 €)", url: "https://www.milo-rlc.eu/service-civique" },
  financeBanque: { label: "finance-banque.com, « Petite hausse de l'indemnité civique » (473,04 € from January 2018, 472,97 € before)", url: "http://finance-banque.com/hausse-indemnite-civique.html" },
  orientation2022: { label: "orientation.com, « Quel est le salaire d'un Service Civique ? » (23 août 2022)", url: "https://www.orientation.com/articles/metiers/salaire-service-civique/" },
  cdos31: { label: "CDOS 31, « Majoration de l'indemnité de service civique à compter de janvier 2024 »", url: "https://cdos31.org/majoration-de-lindemnite-de-service-civique-a-compter-de-janvier-2024/" },
  prestation2024: { label: "Agence du Service Civique, « Comment fonctionne la prestation de subsistance » (7,43 % de l'indice brut 244, 114,85 € au 1er janvier 2024)", url: "https://www.service-civique.gouv.fr./accueillir-un-volontaire/etape04-accompagner-mes-volontaires/comment-fonctionne-la-prestation-de-subsistance" },
  whileresume: { label: "whileresume.com, « Service civique salaire » (non daté, cite encore 504,98 € et 114,85 €)", url: "https://whileresume.com/fr/article/salaire-service-civique" },
  l120_1: { label: "Code du service national, art. L120-1 II (engagement continu de 6 à 12 mois, de 16 à 25 ans)", url: "https://www.doctrine.fr/l/LEGIARTI000021960426" },
  l120_8: { label: "Code du service national, art. L120-8 (at least 24 hours a week; at most 48 hours over at most 6 days; minors at most 35 hours over at most 5 days)", url: "http://www.legifrance.com/affichCode.do?idSectionTA=LEGISCTA000021960404&cidTexte=LEGITEXT000006071335&dateTexte=20120609" },
  f15547: { label: "Service-public.fr F15547, « À quelles conditions un mineur peut-il faire un engagement de service civique ? » (21 février 2014; mirror)", url: "https://www.aixlesbains.fr/ita/comarquage/comarquage/(xml)/F15547" },
  orientationAges: { label: "orientation.com (2022): 16 to 25, up to 30 for young people with a disability; 6 to 12 months; 24 to 48 hours a week", url: "https://www.orientation.com/articles/metiers/salaire-service-civique/" },
  penestin: { label: "Commune de Pénestin, service civique (16 à 25 ans, jusqu'à 30 ans pour les personnes en situation de handicap)", url: "https://www.penestin.fr/vie-municipale/emploi-et-economie/service-civique" },
  ash2010Majoration: { label: "ASH n° 2675: arrêté du 13 septembre 2010 (JO du 22 septembre 2010) fixing when the indemnity is majorée", url: "https://ash.tm.fr/hebdo/2675/dans-les-textes/engagement-de-service-civique-un-arrete-fixe-les-cas-dans-lesquels-lindemnite-versee-au-volontaire-est-majoree-379765.php" },
  r121_23: { label: "Code du service national, art. R121-23 et R121-24 : indemnité égale à 36,11 % et majoration à 8,22 % de la rémunération mensuelle afférente à l'indice brut 244 de la fonction publique" },
  decree2022_994: { label: "Décret n° 2022-994 du 7 juillet 2022 : valeur du point d'indice de la fonction publique portée à 58,2004 € par an au 1er juillet 2022" },
  decree2023_519: { label: "Décret n° 2023-519 du 28 juin 2023 : point d'indice porté à 59,0734 € par an au 1er juillet 2023 et 5 points d'indice majoré ajoutés au 1er janvier 2024" },
  racontemoi2024: { label: "racontemoi.fr, « 619,83 euros… » (2024; cites 111,45 € and 113,02 € as earlier monthly supplements)", url: "https://racontemoi.fr/?p=2260" },
} as const satisfies Record<string, Source>;
