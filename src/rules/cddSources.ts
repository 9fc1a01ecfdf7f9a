import type { RuleSource } from "./Rule.js";

/** The texts on the CDD the CDD rules rest on. @internal */
export const CDD_SOURCES: readonly RuleSource[] = [
  { label: "Code du travail, art. L1242-8-1 (durée maximale de 18 mois, à défaut de stipulation de la convention ou de l'accord de branche étendu)", url: "https://code.travail.gouv.fr/code-du-travail/l1242-8-1" },
  { label: "Code du travail, art. L1242-8 (durée maximale fixée par la convention ou l'accord de branche étendu ; avant le 24 septembre 2017 : 18 mois)", url: "https://code.travail.gouv.fr/code-du-travail/l1242-8" },
  { label: "Code du travail, art. L1243-13-1 (deux renouvellements, à défaut de stipulation de la convention ou de l'accord de branche étendu)", url: "https://code.travail.gouv.fr/code-du-travail/l1243-13-1" },
  { label: "Code du travail, art. L1243-13 (nombre de renouvellements fixé par la convention ou l'accord de branche étendu ; avant le 24 septembre 2017 : deux, et un seul avant le 19 août 2015)", url: "https://code.travail.gouv.fr/code-du-travail/l1243-13" },
  { label: "Ordonnance n° 2017-1387 du 22 septembre 2017, art. 23 (en vigueur le 24 septembre 2017)", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000035607388" },
  { label: "Service-public.fr, Durée d'un CDD (F31211)", url: "https://www.service-public.fr/professionnels-entreprises/vosdroits/F31211" },
];
