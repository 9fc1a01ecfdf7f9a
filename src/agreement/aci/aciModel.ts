import { pointGridModel } from "../model/pointGridModel.js";
import { aciGrid } from "./aciGrid.js";
import { aciPointValue } from "./aciPointValue.js";
import { aciTexts } from "./aciTexts.js";

/** Ateliers et chantiers d'insertion (IDCC 3016): coefficient × point value. @internal */
export const aciModel = pointGridModel({
  name: "ACI",
  grid: aciGrid,
  pointValue: aciPointValue,
  formula: aciTexts.formula,
  note: "Salaire minimum de l'emploi repère et du niveau, pour un temps plein ; le niveau (A, B, C) doit être précisé.",
});
