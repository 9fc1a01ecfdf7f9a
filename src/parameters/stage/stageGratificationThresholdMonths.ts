import type { Parameter } from "../Parameter.js";
import { stageTexts } from "./stageTexts.js";

/**
 * Stage length beyond which the gratification is mandatory, in months: more than 2 months, consecutive
 * or not, in the same host during the same school or university year (Code de l'éducation L124-6).
 *
 * @example
 * ```ts
 * valueAt(stageGratificationThresholdMonths, "2026-03-01")?.value; // 2
 * ```
 */
export const stageGratificationThresholdMonths: Parameter<number> = {
  id: "stage.gratificationThresholdMonths",
  description: "Seuil de gratification obligatoire du stage : plus de 2 mois",
  unit: "month",
  values: [
    {
      effectiveFrom: "2014-12-01",
      value: 2,
      sources: [stageTexts.l124_6, stageTexts.d124_6, stageTexts.cerfrance2026, stageTexts.ghr2026],
      verified: true,
      note: "Strict threshold (more than 2 months). The series starts with décret 2014-1420; the rule is older.",
    },
  ],
};
