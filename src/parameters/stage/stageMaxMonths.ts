import type { Parameter } from "../Parameter.js";
import { stageTexts } from "./stageTexts.js";

/**
 * Maximum length of the stage(s) of one intern in the same host, in months per teaching year
 * (Code de l'éducation L124-5; 6 months = 132 days of 7 hours = 924 hours under D124-6).
 *
 * @example
 * ```ts
 * valueAt(stageMaxMonths, "2026-03-01")?.value; // 6
 * ```
 */
export const stageMaxMonths: Parameter<number> = {
  id: "stage.maxMonths",
  description: "Durée maximale du ou des stages d'un même stagiaire dans un même organisme, par année d'enseignement",
  unit: "month",
  values: [
    {
      effectiveFrom: "2014-12-01",
      value: 6,
      sources: [stageTexts.l124_5, stageTexts.montp3],
      verified: true,
      note: "The series starts with décret 2014-1420 (hour counting); the 6-month limit was set by loi n° 2014-788 du 10 juillet 2014.",
    },
  ],
};
