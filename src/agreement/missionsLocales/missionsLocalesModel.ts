import { pointGridModel } from "../model/pointGridModel.js";
import { missionsLocalesGrid } from "./missionsLocalesGrid.js";
import { missionsLocalesPointValue } from "./missionsLocalesPointValue.js";
import { missionsLocalesTexts } from "./missionsLocalesTexts.js";

/** Missions locales et PAIO (IDCC 2190): indice professionnel × point value. @internal */
export const missionsLocalesModel = pointGridModel({
  name: "missions locales",
  grid: missionsLocalesGrid,
  pointValue: missionsLocalesPointValue,
  formula: missionsLocalesTexts.formula,
  note: "Minimum de la cotation, hors indice d'ancienneté (0 la première année, + 10 points la deuxième, puis + 4 par an), compétences transversales et indemnités.",
});
