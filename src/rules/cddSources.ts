import type { RuleSource } from "./Rule.js";

/** The texts on the CDD the CDD rules rest on. @internal */
export const CDD_SOURCES: readonly RuleSource[] = [
  { label: "Code du travail, art. L1242-8 (durée maximale, à défaut de stipulation de la convention ou de l'accord de branche étendu)", url: "https://code.travail.gouv.fr/code-du-travail/l1242-8" },
  { label: "Code du travail, art. L1242-8-1 (durée maximale fixée par la branche)", url: "https://code.travail.gouv.fr/code-du-travail/l1242-8-1" },
  { label: "Code du travail, art. L1243-13 (deux renouvellements, à défaut de stipulation de la branche)", url: "https://code.travail.gouv.fr/code-du-travail/l1243-13" },
  { label: "Service-public.fr, Durée d'un CDD (F31211)", url: "https://www.service-public.fr/professionnels-entreprises/vosdroits/F31211" },
];
