import { amountGridModel } from "../model/amountGridModel.js";
import { lf } from "../model/AgreementModel.js";
import { tourismeSocialMinima } from "./tourismeSocialMinima.js";

/** Tourisme social et familial (IDCC 1316): an amount per level A–G. @internal */
export const tourismeSocialModel = amountGridModel({
  minima: tourismeSocialMinima,
  rowOf: (g) => ({ group: g, label: `Niveau ${g}` }),
  grid: { label: "Tourisme social et familial, grille des minima conventionnels par niveau (A à G)", url: lf("KALICONT000005635867") },
  note: "Minimum conventionnel du niveau pour un temps plein, hors ancienneté et primes.",
});
