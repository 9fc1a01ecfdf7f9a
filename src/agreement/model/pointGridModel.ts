import type { Parameter, Source } from "../../parameters/Parameter.js";
import { valueAt } from "../../parameters/valueAt.js";
import { euros } from "../../pay/euros.js";
import type { AgreementGrid } from "../AgreementGrid.js";
import { type GridModel, addSources, gridAtOf, maxDate, round2 } from "./AgreementModel.js";

/** What a coefficient × point-value agreement needs. @internal */
export interface PointGridModelSpec {
  /** Short name used in messages ("BAD"). */
  name: string;
  grid: Parameter<AgreementGrid>;
  pointValue: Parameter<number>;
  /** The article that sets the formula. */
  formula: Source;
  /** What the minimum leaves out, first note of every result. */
  note: string;
  /**
   * An allowance that is part of the minimum, as a rate of the indexed salary (CCN 66's indemnité
   * de sujétion spéciale), and the categories it does not apply to.
   */
  allowance?: { label: string; rate: Parameter<number>; excludedCategories?: readonly string[] };
  /**
   * The index below which no coefficient is paid (CCN 66's salaire minimum conventionnel), plus the
   * points added for alternative rungs (internat).
   */
  minimumCoefficient?: { parameter: Parameter<number>; alternativeExtra: number };
  /** Whether grid history gives "earlier-grid" readings. */
  history?: boolean;
  /** `true` when coefficient × point is an annual amount (EPNL): the monthly minimum is a twelfth. */
  annual?: boolean;
}

/**
 * A model for agreements whose minimum is coefficient × point value (BAD, ACI, missions locales,
 * CCN 66), optionally plus an allowance that the agreement makes part of the minimum.
 * @internal
 */
export function pointGridModel(spec: PointGridModelSpec): GridModel {
  const { grid, pointValue, allowance } = spec;
  return {
    kind: "grid",
    gridAt: gridAtOf(grid),
    ...(spec.history ? { history: grid } : {}),
    pointsBased: true,
    firstDate: grid.values[0]!.effectiveFrom,
    parameters: [grid, pointValue, ...(allowance ? [allowance.rate] : []), ...(spec.minimumCoefficient ? [spec.minimumCoefficient.parameter] : [])],
    compute(row, date) {
      const gridDated = valueAt(grid, date)!;
      const point = valueAt(pointValue, date);
      if (!point) return { failure: "no-value-at-date", message: `Valeur du point ${spec.name} inconnue au ${date}.` };
      if (row.coefficient === undefined) return { failure: "no-minimum-for-classification", message: `${row.label} : pas de coefficient.` };
      const sources: Source[] = [spec.formula];
      addSources(sources, gridDated.sources);
      addSources(sources, point.sources);
      const notes = [spec.note];
      const used: { note?: string; verified: boolean; effectiveFrom: string }[] = [gridDated, point];
      let coefficient = row.coefficient;
      const minimum = spec.minimumCoefficient ? valueAt(spec.minimumCoefficient.parameter, date) : undefined;
      if (minimum) {
        const floor = minimum.value + (row.alternative ? spec.minimumCoefficient!.alternativeExtra : 0);
        if (floor > coefficient) {
          notes.push(`Coefficient ${coefficient} inférieur à l'indice du salaire minimum conventionnel (${floor}) : ${floor} retenu.`);
          coefficient = floor;
          addSources(sources, minimum.sources);
          used.push(minimum);
        }
      }
      let fullTimeMonthly = round2(coefficient * point.value);
      let computation = `${coefficient} × ${euros(point.value)}`;
      const rate = allowance && !(row.category && allowance.excludedCategories?.includes(row.category)) ? valueAt(allowance.rate, date) : undefined;
      if (allowance && rate) {
        const extra = round2(fullTimeMonthly * rate.value);
        computation = `${computation} = ${euros(fullTimeMonthly, "fr", { cents: true })} + ${allowance.label} ${String(round2(rate.value * 100)).replace(".", ",")} % (${euros(extra, "fr", { cents: true })})`;
        fullTimeMonthly = round2(fullTimeMonthly + extra);
        addSources(sources, rate.sources);
        used.push(rate);
      }
      if (spec.annual) {
        computation = `${computation} = ${euros(fullTimeMonthly, "fr", { cents: true })} par an / 12`;
        fullTimeMonthly = round2(fullTimeMonthly / 12);
      }
      for (const d of used) if (d.note && !notes.includes(d.note)) notes.push(d.note);
      return {
        fullTimeMonthly,
        computation,
        sources,
        verified: used.every((d) => d.verified),
        effectiveFrom: maxDate(...used.map((d) => d.effectiveFrom)),
        notes,
      };
    },
  };
}
