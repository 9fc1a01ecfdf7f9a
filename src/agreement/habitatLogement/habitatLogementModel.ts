import type { Source } from "../../parameters/Parameter.js";
import { valueAt } from "../../parameters/valueAt.js";
import { euros } from "../../pay/euros.js";
import { type GridModel, addSources, gridAtOf, maxDate, round2 } from "../model/AgreementModel.js";
import { habitatLogementGrid } from "./habitatLogementGrid.js";
import { habitatLogementPointValues } from "./habitatLogementPointValues.js";
import { habitatLogementTexts } from "./habitatLogementTexts.js";

/** Pesée minimale of emploi-repère n° 1, valued at the socle point value. */
const PMIN = 1377;

/** Habitat et logement accompagnés (IDCC 2336), FSJT: Pmin × VSo + (pesée − Pmin) × VTrS. @internal */
export const habitatLogementModel: GridModel = {
  kind: "grid",
  gridAt: gridAtOf(habitatLogementGrid),
  pointsBased: true,
  firstDate: habitatLogementGrid.values[0]!.effectiveFrom,
  parameters: [habitatLogementGrid, habitatLogementPointValues],
  compute(row, date) {
    const grid = valueAt(habitatLogementGrid, date)!;
    const points = valueAt(habitatLogementPointValues, date);
    if (!points) return { failure: "no-value-at-date", message: `Valeurs du point de l'habitat et du logement accompagnés inconnues au ${date}.` };
    const pesee = row.coefficient!;
    const { socle, trancheSuperieure } = points.value;
    const sources: Source[] = [habitatLogementTexts.formula];
    addSources(sources, grid.sources);
    addSources(sources, points.sources);
    const notes = [
      "Salaire de base des foyers et services pour jeunes travailleurs (FSJT) à la pesée minimale de l'emploi-repère, hors points d'expérience professionnelle et points professionnels ; les structures PACT-ARIM de la branche ont un autre système, non encodé.",
      ...[grid.note, points.note].filter((n): n is string => n !== undefined),
    ];
    return {
      fullTimeMonthly: round2(PMIN * socle + (pesee - PMIN) * trancheSuperieure),
      computation:
        pesee === PMIN
          ? `${PMIN} × ${euros(socle, "fr", { cents: true })} (VSo)`
          : `${PMIN} × ${euros(socle, "fr", { cents: true })} (VSo) + (${pesee} − ${PMIN}) × ${euros(trancheSuperieure, "fr", { cents: true })} (VTrS)`,
      sources,
      verified: grid.verified && points.verified,
      effectiveFrom: maxDate(grid.effectiveFrom, points.effectiveFrom),
      notes,
    };
  },
};
