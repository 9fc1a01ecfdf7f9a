import { valueAt } from "../../parameters/valueAt.js";
import { euros } from "../../pay/euros.js";
import type { AgreementGrid, AgreementGridRow } from "../AgreementGrid.js";
import { type GridModel, lf, round2 } from "../model/AgreementModel.js";
import { ORGANISMES_FORMATION_PALIERS as PALIERS, organismesFormationMinima } from "./organismesFormationMinima.js";

/** Every coefficient from 100 to 999, each in its palier (the offer gives a coefficient or a palier). */
const GRID: AgreementGrid = {
  rows: Array.from({ length: 900 }, (_, i): AgreementGridRow => {
    const coefficient = 100 + i;
    const palier = PALIERS.filter((low) => low <= coefficient).length;
    return { group: String(palier), coefficient, label: `Palier ${palier} (coefficient ${coefficient})` };
  }),
};

/** Organismes de formation (IDCC 1516): an annual amount per palier of coefficients. @internal */
export const organismesFormationModel: GridModel = {
  kind: "grid",
  pointsBased: false,
  firstDate: organismesFormationMinima.values[0]!.effectiveFrom,
  parameters: [organismesFormationMinima],
  gridAt(date) {
    const minima = valueAt(organismesFormationMinima, date);
    return minima ? { grid: GRID, dated: { ...minima, value: GRID } } : undefined;
  },
  compute(row, date) {
    const minima = valueAt(organismesFormationMinima, date)!;
    const annual = minima.value[Number(row.group) - 1]!;
    return {
      fullTimeMonthly: round2(annual / 12),
      computation: `Palier ${row.group} : ${euros(annual, "fr", { cents: true })} par an / 12`,
      sources: [{ label: "Organismes de formation : salaires minima conventionnels annuels bruts par palier de coefficient", url: lf("KALICONT000005635435") }, ...minima.sources],
      verified: minima.verified,
      effectiveFrom: minima.effectiveFrom,
      notes: [
        "Minimum annuel, apprécié en fin d'année (ici ramené au mois, / 12), pour un temps complet ; hors ancienneté et primes.",
        ...(minima.note ? [minima.note] : []),
      ],
    };
  },
};
