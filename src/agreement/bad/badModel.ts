import { lf } from "../model/AgreementModel.js";
import { pointGridModel } from "../model/pointGridModel.js";
import { badGrid } from "./badGrid.js";
import { badPointValue } from "./badPointValue.js";

/** BAD (IDCC 2941): coefficient × point value. @internal */
export const badModel = pointGridModel({
  name: "BAD",
  grid: badGrid,
  pointValue: badPointValue,
  formula: {
    label: "BAD, Titre III, art. 12 : salaire de base = valeur du point × coefficient, pour 35 h, sans pouvoir être inférieur au SMIC (KALIARTI000047789002)",
    url: lf("KALIARTI000047789002"),
  },
  note: "Salaire de base hors éléments complémentaires de rémunération (ECR : diplôme, ancienneté…, art. 19).",
});
