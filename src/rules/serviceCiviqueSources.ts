import type { RuleSource } from "./Rule.js";

/** The texts on the service civique the service-civique rules rest on. @internal */
export const SERVICE_CIVIQUE_SOURCES: readonly RuleSource[] = [
  { label: "Code du service national, art. L120-1 (6 à 12 mois, 16 à 25 ans), L120-7 (pas de lien de subordination, pas le Code du travail) et L120-8 (au moins 24 heures par semaine ; 48 heures sur six jours au plus ; 35 heures sur cinq jours au plus pour les mineurs)", url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006071335" },
  { label: "Code du service national, art. R121-12 (mineurs : pas de mission entre 22 heures et 6 heures, 7 heures par jour au plus, deux jours de repos consécutifs, jours fériés chômés), R121-23 à R121-25 (indemnité et prestation de subsistance)", url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006071335" },
  { label: "Agence du Service Civique, Comment fonctionne la prestation de subsistance", url: "https://www.service-civique.gouv.fr/accueillir-un-volontaire/etape04-accompagner-mes-volontaires/comment-fonctionne-la-prestation-de-subsistance" },
];
