import { pointGridModel } from "../model/pointGridModel.js";
import { ccn66Grid } from "./ccn66Grid.js";
import { ccn66MinimumIndex } from "./ccn66MinimumIndex.js";
import { ccn66PointValue } from "./ccn66PointValue.js";
import { ccn66SpecialAllowance } from "./ccn66SpecialAllowance.js";
import { ccn66Texts } from "./ccn66Texts.js";

/** CCN 66 (IDCC 0413): coefficient × point value + indemnité de sujétion spéciale. @internal */
export const ccn66Model = pointGridModel({
  name: "CCN 66",
  grid: ccn66Grid,
  pointValue: ccn66PointValue,
  formula: ccn66Texts.formula,
  note:
    "Minimum conventionnel (coefficient × point + indemnité de sujétion spéciale) ; hors primes métiers et hors indemnités de type Ségur (complément de 183 € puis revalorisations des métiers socio-éducatifs), versées à part et non comptées ici. La CCN 66 n'est pas étendue : elle lie les adhérents de l'organisation patronale signataire.",
  allowance: { label: "indemnité de sujétion spéciale", rate: ccn66SpecialAllowance, excludedCategories: ["cadre"] },
  minimumCoefficient: { parameter: ccn66MinimumIndex, alternativeExtra: 10 },
});
