import { valueAt } from "../../parameters/valueAt.js";
import { euros } from "../../pay/euros.js";
import type { AgreementGrid } from "../AgreementGrid.js";
import { type GridModel, lf } from "../model/AgreementModel.js";
import { tourismeSocialMinima } from "./tourismeSocialMinima.js";

/** Tourisme social et familial (IDCC 1316): an amount per level A–G. @internal */
export const tourismeSocialModel: GridModel = {
  kind: "grid",
  pointsBased: false,
  firstDate: tourismeSocialMinima.values[0]!.effectiveFrom,
  parameters: [tourismeSocialMinima],
  gridAt(date) {
    const minima = valueAt(tourismeSocialMinima, date);
    if (!minima) return undefined;
    const grid: AgreementGrid = { rows: Object.keys(minima.value).map((g) => ({ group: g, label: `Niveau ${g}` })) };
    return { grid, dated: { ...minima, value: grid } };
  },
  compute(row, date) {
    const minima = valueAt(tourismeSocialMinima, date)!;
    const amount = minima.value[row.group!]!;
    return {
      fullTimeMonthly: amount,
      computation: `Niveau ${row.group} : ${euros(amount)} par mois`,
      sources: [{ label: "Tourisme social et familial, grille des minima conventionnels par niveau (A à G)", url: lf("KALICONT000005635867") }, ...minima.sources],
      verified: minima.verified,
      effectiveFrom: minima.effectiveFrom,
      notes: ["Minimum conventionnel du niveau pour un temps plein, hors ancienneté et primes.", ...(minima.note ? [minima.note] : [])],
    };
  },
};
