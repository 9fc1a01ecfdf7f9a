import type { Parameter, Source } from "../../parameters/Parameter.js";
import { valueAt } from "../../parameters/valueAt.js";
import { euros } from "../../pay/euros.js";
import type { AgreementGrid, AgreementGridRow } from "../AgreementGrid.js";
import type { GridModel } from "./AgreementModel.js";

/** What an agreement with a monthly amount per rung needs. @internal */
export interface AmountGridModelSpec {
  /** Monthly full-time minimum by rung key. */
  minima: Parameter<Readonly<Record<string, number>>>;
  /** The rung a key stands for (its group, level and label). */
  rowOf(key: string): AgreementGridRow;
  /** The text that sets the grid, first source of every result. */
  grid: Source;
  /** What the minimum leaves out, first note of every result. */
  note: string;
}

/** A model for agreements that set a monthly amount per rung (tourisme social, pêche de loisir). @internal */
export function amountGridModel(spec: AmountGridModelSpec): GridModel {
  const { minima } = spec;
  return {
    kind: "grid",
    pointsBased: false,
    firstDate: minima.values[0]!.effectiveFrom,
    parameters: [minima],
    gridAt(date) {
      const dated = valueAt(minima, date);
      if (!dated) return undefined;
      const grid: AgreementGrid = { rows: Object.keys(dated.value).map(spec.rowOf) };
      return { grid, dated: { ...dated, value: grid } };
    },
    compute(row, date) {
      const dated = valueAt(minima, date)!;
      const key = Object.keys(dated.value).find((k) => spec.rowOf(k).label === row.label)!;
      const amount = dated.value[key]!;
      return {
        fullTimeMonthly: amount,
        computation: `${row.label} : ${euros(amount)} par mois`,
        sources: [spec.grid, ...dated.sources],
        verified: dated.verified,
        effectiveFrom: dated.effectiveFrom,
        notes: [spec.note, ...(dated.note ? [dated.note] : [])],
      };
    },
  };
}
