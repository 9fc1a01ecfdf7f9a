import type { Parameter } from "../Parameter.js";

/**
 * Share of employees' public-transport (and public bike-hire) season tickets that every employer must
 * pay for the home–work trip: 50 % (Code du travail, art. L3261-2 and R3261-1). Employees working less
 * than half-time get a prorated share (not encoded).
 */
export const transportPassEmployerShare: Parameter<number> = {
  id: "benefits.transportPassEmployerShare",
  description: "Mandatory employer share of public-transport season tickets (L3261-2, R3261-1)",
  unit: "ratio",
  values: [
    {
      effectiveFrom: "2009-01-01",
      value: 0.5,
      sources: [
        { label: "Code du travail, art. L3261-2 (loi n° 2008-1330 du 17 décembre 2008, art. 20)", url: "https://code.travail.gouv.fr/code-du-travail/l3261-2" },
        { label: "Code du travail, art. R3261-1 (décret n° 2008-1501 du 30 décembre 2008)", url: "https://code.travail.gouv.fr/code-du-travail/r3261-1" },
        { label: "Service-public.fr F19846, prise en charge des frais de transport", url: "https://www.service-public.fr/particuliers/vosdroits/F19846" },
        { label: "L'Hôtellerie Restauration, « Indemnités de transport » (depuis le 1er janvier 2009, art. R3261-1)", url: "https://m.lhotellerie-restauration.fr/sos-experts/question-reponse/indemnites-de-transport-l-employeur-est-il-oblige-de-rembourser-la-moitie-d-un-carnet-de-tickets-40956?page=1" },
      ],
      verified: true,
      note: "Extended to the whole territory from 2009-01-01 (before, Île-de-France only).",
    },
  ],
};
