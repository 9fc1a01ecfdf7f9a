import type { Source } from "../../parameters/Parameter.js";
import { valueAt } from "../../parameters/valueAt.js";
import { euros } from "../../pay/euros.js";
import { type GridModel, addSources, gridAtOf, lf, maxDate, round2 } from "../model/AgreementModel.js";
import { eclatGrid } from "./eclatGrid.js";
import { eclatPointValue1 } from "./eclatPointValue1.js";
import { eclatPointValue2 } from "./eclatPointValue2.js";

const ECLAT_FORMULA: Source = {
  label: "ÉCLAT, annexe I, art. 1.7.1.3 a) : salaire conventionnel = coefficient du groupe A × V1 + (coefficient − coefficient du groupe A) × V2 (KALIARTI000053180432)",
  url: lf("KALIARTI000053180432"),
};

/** ÉCLAT (IDCC 1518): A × V1 + (coefficient − A) × V2 since 2022, coefficient × point before. @internal */
export const eclatModel: GridModel = {
  kind: "grid",
  gridAt: gridAtOf(eclatGrid),
  history: eclatGrid,
  pointsBased: true,
  parameters: [eclatGrid, eclatPointValue1, eclatPointValue2],
  firstDate: eclatGrid.values[0]!.effectiveFrom,
  compute(row, date, grid) {
    const coefficient = row.coefficient;
    if (coefficient === undefined) return { failure: "no-minimum-for-classification", message: `${row.label} : l'accord ne fixe pas de coefficient ni de minimum.` };
    const gridDated = valueAt(eclatGrid, date)!;
    const v1 = valueAt(eclatPointValue1, date);
    if (!v1) return { failure: "no-value-at-date", message: `Valeur du point ÉCLAT inconnue au ${date}.` };
    const v2 = valueAt(eclatPointValue2, date);
    const sources: Source[] = [];
    const notes: string[] = [
      "Minimum conventionnel hors points d'ancienneté, de reconstitution de carrière, de maîtrise et indemnités (valorisés à part).",
    ];
    let fullTimeMonthly: number;
    let computation: string;
    if (v2) {
      const a = grid.rows.find((r) => r.group === "A" && !r.alternative)?.coefficient;
      if (a === undefined) return { failure: "no-value-at-date", message: `Coefficient du groupe A inconnu au ${date}.` };
      fullTimeMonthly = round2(a * v1.value + (coefficient - a) * v2.value);
      computation =
        coefficient === a
          ? `${a} × ${euros(v1.value)} (V1)`
          : `${a} × ${euros(v1.value)} (V1) + (${coefficient} − ${a}) × ${euros(v2.value)} (V2)`;
      addSources(sources, [ECLAT_FORMULA]);
    } else {
      fullTimeMonthly = round2(coefficient * v1.value);
      computation = `${coefficient} × ${euros(v1.value)}`;
    }
    addSources(sources, gridDated.sources);
    addSources(sources, v1.sources);
    if (v2) addSources(sources, v2.sources);
    for (const d of [gridDated, v1, ...(v2 ? [v2] : [])]) if (d.note && !notes.includes(d.note)) notes.push(d.note);
    if (row.specific) notes.push("Grille spécifique : la rémunération est proratisée au temps de service par rapport à la référence temps plein de la grille.");
    if (!v2 && date < "2022-01-01") notes.push("Avant 2022 : valeur de point unique (salaire = coefficient × valeur du point).");
    return {
      fullTimeMonthly,
      computation,
      sources,
      verified: gridDated.verified && v1.verified && (v2?.verified ?? true),
      effectiveFrom: maxDate(gridDated.effectiveFrom, v1.effectiveFrom, v2?.effectiveFrom ?? ""),
      notes,
    };
  },
};
