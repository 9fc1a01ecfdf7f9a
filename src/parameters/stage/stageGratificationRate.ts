import type { Parameter } from "../Parameter.js";
import { stageTexts } from "./stageTexts.js";

/**
 * Minimum hourly stage gratification as a share of the hourly plafond de la sécurité sociale (ratio):
 * 13.75 % from 2014-12-01, 15 % from 2015-09-01 (Code de l'éducation L124-6, D124-8). The legal rate
 * follows the date the stage agreement was signed; a branch agreement may set more.
 *
 * @example
 * ```ts
 * valueAt(stageGratificationRate, "2015-08-31")?.value; // 0.1375
 * valueAt(stageGratificationRate, "2015-09-01")?.value; // 0.15
 * ```
 */
export const stageGratificationRate: Parameter<number> = {
  id: "stage.gratificationRate",
  description: "Gratification minimale du stagiaire, en part du plafond horaire de la sécurité sociale",
  unit: "ratio",
  values: [
    {
      effectiveFrom: "2014-12-01",
      value: 0.1375,
      sources: [stageTexts.decree2014_1420, stageTexts.openfisca],
      verified: true,
      note: "Transitional rate for agreements signed from 2014-12-01 to 2015-08-31 (décret 2014-1420). OpenFisca lists it from 2015-01-01 but cites the decree from 2014-12-01; its tests use 3,30 €/h (13.75 % × 24 €) in March 2015.",
    },
    {
      effectiveFrom: "2015-09-01",
      value: 0.15,
      sources: [stageTexts.l124_6, stageTexts.d124_8, stageTexts.decree2014_1420, stageTexts.openfisca],
      verified: true,
    },
  ],
};
