import { pointGridModel } from "../model/pointGridModel.js";
import { epnlGrid } from "./epnlGrid.js";
import { epnlPointValue } from "./epnlPointValue.js";
import { epnlTexts } from "./epnlTexts.js";

/** EPNL (IDCC 3218): points of the poste × point EPNL, an annual amount. @internal */
export const epnlModel = pointGridModel({
  name: "EPNL",
  grid: epnlGrid,
  pointValue: epnlPointValue,
  formula: epnlTexts.formula,
  annual: true,
  note: "Minimum annuel des points du poste de travail (strate et degrés) × point EPNL, ramené au mois (/ 12) pour un temps plein ; hors points de plurifonctionnalité, de formation, d'ancienneté et d'implication professionnelle. Convention et accords non étendus : ils lient les adhérents de la CEPNL.",
});
