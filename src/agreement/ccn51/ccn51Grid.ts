import type { Parameter } from "../../parameters/Parameter.js";
import type { AgreementGrid } from "../AgreementGrid.js";
import { ccn51Texts as t } from "./ccn51Texts.js";

const grid = (auxiliaireDeSoins: number, aes: number): AgreementGrid => ({
  partial: true,
  rows: [
    { job: "Aide-soignant", coefficient: auxiliaireDeSoins, seniorityYears: 0, label: "Aide-soignant (auxiliaire de soins), coefficient de référence" },
    { job: "Auxiliaire de puériculture", coefficient: auxiliaireDeSoins, seniorityYears: 0, label: "Auxiliaire de puériculture (auxiliaire de soins), coefficient de référence" },
    { job: "Accompagnant éducatif et social", coefficient: aes, seniorityYears: 0, label: "Accompagnant éducatif et social (ex-aide médico-psychologique), coefficient de référence" },
  ],
});

/**
 * Coefficients de référence of the CCN du 31 octobre 1951 (IDCC 0029) for the métiers whose
 * coefficient a salary text in the KALI data sets: aide-soignant and auxiliaire de puériculture
 * (regroupement « auxiliaires de soins ») and accompagnant éducatif et social, raised in three steps by
 * avenant n° 2017-02. Partial: the other métiers' coefficients are in fiches métiers not in the KALI
 * data. Seniority (1 % a year, up to 30 %) and the compléments are not included (entry step).
 *
 * @example
 * ```ts
 * valueAt(ccn51Grid, "2020-01-01")?.value.rows.find((r) => r.job === "Aide-soignant")?.coefficient; // 376
 * ```
 */
export const ccn51Grid: Parameter<AgreementGrid> = {
  id: "agreement.0029.grid",
  description: "CCN 51 (IDCC 0029) : coefficients de référence (métiers encodés)",
  unit: "point",
  values: [
    { effectiveFrom: "2017-08-01", value: grid(359, 343), sources: [t.av201702], verified: true },
    { effectiveFrom: "2018-08-01", value: grid(367, 347), sources: [t.av201702], verified: true },
    { effectiveFrom: "2019-08-01", value: grid(376, 351), sources: [t.av201702], verified: true },
  ],
};
