import type { Parameter } from "../Parameter.js";
import { stageTexts } from "./stageTexts.js";

/**
 * Presence beyond which the stage gratification is mandatory, in hours: more than 308 hours
 * (2 months = 44 days of 7 hours) in the same host during the same school or university year; it is
 * then due from the first hour (Code de l'éducation L124-6, D124-6). Agricultural secondary pupils:
 * more than 3 months (not modelled).
 *
 * @example
 * ```ts
 * valueAt(stageGratificationThresholdHours, "2026-03-01")?.value; // 308
 * ```
 */
export const stageGratificationThresholdHours: Parameter<number> = {
  id: "stage.gratificationThresholdHours",
  description: "Seuil de gratification obligatoire du stage : plus de 308 heures de présence",
  unit: "hour",
  values: [
    {
      effectiveFrom: "2014-12-01",
      value: 308,
      sources: [stageTexts.l124_6, stageTexts.d124_6, stageTexts.decree2014_1420, stageTexts.cerfrance2026, stageTexts.ghr2026],
      verified: true,
      note: "Strict threshold: the gratification is due when presence exceeds 308 hours. The series starts with décret 2014-1420, which set the hour counting; the 2-month threshold is older.",
    },
  ],
};
