import type { Parameter } from "../../parameters/Parameter.js";
import type { AgreementGrid, AgreementGridRow } from "../AgreementGrid.js";
import { ccn66Texts as t } from "./ccn66Texts.js";

/** [years of seniority, coefficient, coefficient with boarding (internat) or irregular hours, if any]. */
type Step = readonly [number, number, number?];

const EDUCATEUR: readonly Step[] = [
  [0, 434, 446], [1, 447, 459], [3, 478, 491], [5, 503, 517], [7, 537, 552], [9, 570, 586],
  [11, 581, 597], [14, 615, 632], [17, 647, 665], [20, 679, 698], [24, 715, 735], [28, 762, 783],
];
const MONITEUR: readonly Step[] = [
  [0, 411, 421], [1, 424, 434], [2, 438, 450], [3, 453, 464], [5, 465, 476], [7, 482, 493], [9, 501, 513],
  [12, 513, 525], [15, 527, 539], [18, 556, 568], [21, 587, 600], [24, 617, 630], [28, 652, 665],
];
/** Auxiliaire de vie sociale and aide médico-psychologique have the same steps (annexe 3). */
const AVS: readonly Step[] = [
  [0, 396, 406], [1, 405, 414], [3, 418, 429], [5, 432, 446], [7, 448, 460], [10, 461, 473],
  [13, 474, 486], [16, 486, 499], [20, 498, 511], [24, 516, 528], [28, 530, 544],
];
const MONITEUR_ADJOINT: readonly Step[] = [
  [0, 373, 383], [1, 376, 386], [3, 385, 395], [6, 399, 410], [9, 411, 422], [13, 425, 437], [17, 448, 460], [21, 469, 482], [25, 490, 503],
];
const AGENT_DE_BUREAU: readonly Step[] = [
  [0, 373], [1, 376], [3, 381], [5, 386], [7, 391], [10, 400], [13, 406], [16, 415], [20, 421], [24, 432], [28, 445],
];
const AGENT_SERVICE_INTERIEUR: readonly Step[] = [
  [0, 373, 383], [1, 376, 386], [3, 381, 390], [5, 386, 395], [7, 391, 400], [10, 400, 409],
  [13, 406, 415], [16, 415, 425], [20, 421, 431], [24, 432, 442], [28, 445, 455],
];

function steps(job: string, list: readonly Step[], alternative: string): AgreementGridRow[] {
  return list.flatMap(([years, coefficient, other]) => {
    const when = years === 0 ? "début" : `après ${years} an${years > 1 ? "s" : ""}`;
    const row: AgreementGridRow = { job, seniorityYears: years, coefficient, label: `${job}, ${when}` };
    return other === undefined ? [row] : [row, { ...row, coefficient: other, alternative: true, label: `${job}, ${when}, ${alternative}` }];
  });
}

const INTERNAT = "avec sujétion d'internat";
const RYTHME = "avec anomalie de rythme du travail";

/**
 * Coefficients by métier and seniority of the CCN du 15 mars 1966 (IDCC 0413), for the métiers
 * encoded: éducateur spécialisé, éducateur de jeunes enfants, moniteur-éducateur, technicien de
 * l'intervention sociale et familiale, auxiliaire de vie sociale, aide médico-psychologique (annexe 3), moniteur adjoint
 * d'animation, agent de bureau and agent de service intérieur (avenant n° 361). Partial: the other
 * métiers (ouvriers, cadres, paramédicaux…) are not encoded. The boarding or irregular-hours coefficient is
 * matched only when the offer gives it.
 *
 * @example
 * ```ts
 * valueAt(ccn66Grid, "2024-01-01")?.value.rows.find((r) => r.job === "Éducateur spécialisé")?.coefficient; // 434
 * ```
 */
export const ccn66Grid: Parameter<AgreementGrid> = {
  id: "agreement.0413.grid",
  description: "CCN 66 (IDCC 0413) : coefficients par métier et ancienneté (métiers encodés)",
  unit: "point",
  values: [
    {
      effectiveFrom: "2021-02-01",
      value: {
        partial: true,
        rows: [
          ...steps("Éducateur spécialisé", EDUCATEUR, INTERNAT),
          ...steps("Éducateur de jeunes enfants", EDUCATEUR, INTERNAT),
          ...steps("Moniteur-éducateur", MONITEUR, INTERNAT),
          ...steps("Technicien de l'intervention sociale et familiale", MONITEUR, INTERNAT),
          ...steps("Auxiliaire de vie sociale", AVS, INTERNAT),
          ...steps("Aide médico-psychologique", AVS, INTERNAT),
          ...steps("Moniteur adjoint d'animation et/ou d'activité", MONITEUR_ADJOINT, RYTHME),
          ...steps("Agent de bureau", AGENT_DE_BUREAU, RYTHME),
          ...steps("Agent de service intérieur", AGENT_SERVICE_INTERIEUR, RYTHME),
        ],
      },
      sources: [t.annexe3, t.av361],
      verified: true,
      note: "Annexe 3 grids as consolidated in the KALI data (état 2018, still the consolidated version in the 2026 KALI data); encoded from 2021-02-01, when avenant n° 361 replaced the three lowest grids.",
    },
  ],
};
