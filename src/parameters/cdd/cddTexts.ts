import type { Source } from "../Parameter.js";

/** The texts and pages the CDD parameters cite. @internal */
export const cddTexts = {
  l1242_8_1: { label: "Code du travail, art. L1242-8-1 (dix-huit mois, à défaut de stipulation de la convention ou de l'accord de branche conclu en application de l'article L1242-8)", url: "https://code.travail.gouv.fr/code-du-travail/l1242-8-1" },
  l1242_8: { label: "Code du travail, art. L1242-8 (depuis le 24 septembre 2017 : durée totale fixée par une convention ou un accord de branche étendu)", url: "https://code.travail.gouv.fr/code-du-travail/l1242-8" },
  l1243_13_1: { label: "Code du travail, art. L1243-13-1 (renouvelable deux fois, à défaut de stipulation de la convention ou de l'accord de branche conclu en application de l'article L1243-13)", url: "https://code.travail.gouv.fr/code-du-travail/l1243-13-1" },
  l1243_13: { label: "Code du travail, art. L1243-13 (depuis le 24 septembre 2017 : nombre maximal de renouvellements fixé par une convention ou un accord de branche étendu)", url: "https://code.travail.gouv.fr/code-du-travail/l1243-13" },
  ord2017: { label: "Ordonnance n° 2017-1387 du 22 septembre 2017, art. 23 (crée les articles L1242-8-1 et L1243-13-1 ; en vigueur le 24 septembre 2017)", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000035607388" },
  loi2015: { label: "Loi n° 2015-994 du 17 août 2015 relative au dialogue social et à l'emploi, art. 55 (L1243-13 : « renouvelable deux fois » ; JO du 18 août 2015)", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000031046061" },
  efl2015: { label: "Éditions Francis Lefebvre, « Les CDD et les contrats de mission peuvent être renouvelés deux fois » (2015 : applicable dès le 19 août 2015, contrats en cours compris)", url: "https://efl.fr/actualite/cdd-contrats-mission-peuvent-renouveles_UI-6792ccc5-6c1f-44fc-99f2-2a75f3b8cb7d" },
  villageJustice2015: { label: "Village de la Justice, « La faculté de renouveler à deux reprises le CDD » (2015 : un seul renouvellement avant la loi du 17 août 2015 ; durée maximale de 18 mois, art. L1242-8)", url: "https://www.village-justice.com/articles/Salaries-cadres-faculte-deux,20416.html" },
  legavox2015: { label: "Legavox, J. Kochel, « Renouvellement du contrat à durée déterminée » (deux renouvellements « contre une seule fois auparavant » ; 18 mois renouvellement(s) compris)", url: "https://legavox.fr/blog/maitre-jonathan-kochel/renouvellement-contrat-duree-determinee-20014.htm" },
  sp: { label: "Service-public.fr, Durée d'un CDD (F31211)", url: "https://www.service-public.fr/professionnels-entreprises/vosdroits/F31211" },
} as const satisfies Record<string, Source>;
