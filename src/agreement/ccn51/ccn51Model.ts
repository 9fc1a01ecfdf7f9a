import { pointGridModel } from "../model/pointGridModel.js";
import { ccn51Grid } from "./ccn51Grid.js";
import { ccn51PointValue } from "./ccn51PointValue.js";
import { ccn51Texts } from "./ccn51Texts.js";

/** CCN 51 (IDCC 0029): coefficient de référence × point value. @internal */
export const ccn51Model = pointGridModel({
  name: "CCN 51",
  grid: ccn51Grid,
  pointValue: ccn51PointValue,
  formula: ccn51Texts.formula,
  note:
    "Minimum du coefficient de référence (coefficient × point), hors prime d'ancienneté (1 % par an, 30 % au plus), compléments métier, diplôme ou encadrement, prime décentralisée et indemnités de type Ségur (complément de traitement indiciaire), versés à part. Le salaire minimum conventionnel (1 463 € en 2015, art. 08.02) est inférieur au SMIC. La CCN 51 n'est pas étendue : elle lie les adhérents de la FEHAP.",
});
