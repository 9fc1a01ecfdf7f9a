import type { Source } from "../../parameters/Parameter.js";
import { valueAt } from "../../parameters/valueAt.js";
import { euros } from "../../pay/euros.js";
import type { AgreementGrid } from "../AgreementGrid.js";
import type { Classification } from "../ClassificationSchema.js";
import { type GridModel, addSources, lf, round2 } from "../model/AgreementModel.js";
import { sportAnnualMinima } from "./sportAnnualMinima.js";
import { sportMonthlyMinima } from "./sportMonthlyMinima.js";

const SPORT_CATEGORY: Record<string, Classification["category"]> = {
  "1": "ouvrier-employe",
  "2": "ouvrier-employe",
  "3": "technicien-agent-de-maitrise",
  "4": "technicien-agent-de-maitrise",
  "5": "technicien-agent-de-maitrise",
  "6": "cadre",
  "7": "cadre",
  "8": "cadre",
};

/** Sport (IDCC 2511): an amount per group since 2023. @internal */
export const sportModel: GridModel = {
  kind: "grid",
  pointsBased: false,
  parameters: [sportMonthlyMinima, sportAnnualMinima],
  firstDate: sportMonthlyMinima.values[0]!.effectiveFrom,
  gridAt(date) {
    const monthly = valueAt(sportMonthlyMinima, date);
    const annual = valueAt(sportAnnualMinima, date);
    if (!monthly || !annual) return undefined;
    const groups = [...Object.keys(monthly.value), ...Object.keys(annual.value)].sort();
    const grid: AgreementGrid = {
      rows: groups.map((g) => ({
        group: g,
        category: SPORT_CATEGORY[g],
        label: g === "8" ? "Groupe 8 (cadre dirigeant)" : `Groupe ${g}`,
      })),
    };
    return { grid, dated: { ...monthly, value: grid } };
  },
  compute(row, date) {
    const monthly = valueAt(sportMonthlyMinima, date)!;
    const annual = valueAt(sportAnnualMinima, date)!;
    const g = row.group!;
    const sources: Source[] = [
      { label: "Sport, art. 9.2.1 : salaires minima conventionnels par groupe (durée légale)", url: lf("KALIARTI000051946561") },
    ];
    const notes = [
      "Minimum du groupe pour un salarié à temps plein ; les entraîneurs et sportifs professionnels ont leurs propres minima (art. 12.6), non encodés.",
    ];
    if (g in monthly.value) {
      addSources(sources, monthly.sources);
      if (monthly.note) notes.push(monthly.note);
      return {
        fullTimeMonthly: monthly.value[g]!,
        computation: `Groupe ${g} : ${euros(monthly.value[g]!)} par mois`,
        sources,
        verified: monthly.verified,
        effectiveFrom: monthly.effectiveFrom,
        notes,
      };
    }
    addSources(sources, annual.sources);
    notes.push("Groupes 7 et 8 : salaire annuel de référence, apprécié au prorata des mois écoulés (ici ramené au mois, / 12).");
    const yearly = annual.value[g]!;
    return {
      fullTimeMonthly: round2(yearly / 12),
      computation: `Groupe ${g} : ${euros(yearly)} par an / 12`,
      sources,
      verified: annual.verified,
      effectiveFrom: annual.effectiveFrom,
      notes,
    };
  },
};
