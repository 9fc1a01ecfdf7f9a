import type { RuleSource } from "./Rule.js";

/** The texts on stages (internships) the stage rules rest on. @internal */
export const STAGE_SOURCES: readonly RuleSource[] = [
  { label: "Code de l'éducation, art. L124-5 (durée maximale de six mois) et L124-6 (gratification au-delà de deux mois)", url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006071191" },
  { label: "Code de l'éducation, art. D124-6 (15 % du plafond horaire de la sécurité sociale ; 7 heures de présence = 1 jour)", url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006071191" },
  { label: "Service-public.fr, simulateur de la gratification minimale d'un stagiaire (R40280)", url: "https://www.service-public.fr/particuliers/vosdroits/R40280" },
];
