import { valueAt } from "../../parameters/valueAt.js";
import { euros } from "../../pay/euros.js";
import type { AgreementGrid } from "../AgreementGrid.js";
import { type GridModel, lf } from "../model/AgreementModel.js";
import { regiesQuartierMinima } from "./regiesQuartierMinima.js";

/** Régies de quartier (IDCC 3105): the amount of the niveau and échelon ("3B"), or of its coefficient. @internal */
export const regiesQuartierModel: GridModel = {
  kind: "grid",
  pointsBased: false,
  firstDate: regiesQuartierMinima.values[0]!.effectiveFrom,
  parameters: [regiesQuartierMinima],
  gridAt(date) {
    const minima = valueAt(regiesQuartierMinima, date);
    if (!minima) return undefined;
    const grid: AgreementGrid = {
      rows: minima.value.map((e) => ({
        group: e.echelon,
        ...(e.coefficient === null ? {} : { coefficient: e.coefficient }),
        label: `Niveau ${e.echelon[0]}, échelon ${e.echelon[1]}${e.coefficient === null ? " (SMIC)" : ` (coefficient ${e.coefficient})`}`,
      })),
    };
    return { grid, dated: { ...minima, value: grid } };
  },
  compute(row, date) {
    const minima = valueAt(regiesQuartierMinima, date)!;
    const amount = minima.value.find((e) => e.echelon === row.group)?.amount ?? null;
    return {
      // Échelon 1 A is the SMIC itself: 0 here, so the SMIC floor of agreementMinimumPay gives it.
      fullTimeMonthly: amount ?? 0,
      computation: amount === null ? `${row.label} : le SMIC` : `${row.label} : ${euros(amount, "fr", { cents: true })} par mois`,
      sources: [{ label: "Régies de quartier, annexe 2 : grille de classification et salaires minima", url: lf("KALICONT000027199162") }, ...minima.sources],
      verified: minima.verified,
      effectiveFrom: minima.effectiveFrom,
      notes: ["Salaire mensuel brut de base de l'échelon pour 151,67 h, hors points d'ancienneté et de formation.", ...(minima.note ? [minima.note] : [])],
    };
  },
};
