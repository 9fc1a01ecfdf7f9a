import type { Source } from "../../parameters/Parameter.js";
import { valueAt } from "../../parameters/valueAt.js";
import { euros } from "../../pay/euros.js";
import { type PeseeModel, addSources, lf, maxDate, round2 } from "../model/AgreementModel.js";
import { alisfaBaseSalary } from "./alisfaBaseSalary.js";
import { alisfaFloorBefore2024 } from "./alisfaFloorBefore2024.js";
import { alisfaPointValue } from "./alisfaPointValue.js";

/** ALISFA (IDCC 1261): SSC + pesée × point since 2024, former system before. @internal */
export const alisfaModel: PeseeModel = {
  kind: "pesee",
  parameters: [alisfaBaseSalary, alisfaPointValue, alisfaFloorBefore2024],
  compute(pesee, date) {
    const point = valueAt(alisfaPointValue, date);
    const ssc = valueAt(alisfaBaseSalary, date);
    const sources: Source[] = [];
    const notes: string[] = [];
    if (ssc && point) {
      // System of avenant n° 10-2022 (from 2024-01-01): SSC + pesée × point, annual, in twelfths.
      const annual = ssc.value + pesee * point.value;
      addSources(sources, [
        {
          label: "ALISFA, chapitre V (avenant n° 10-2022), art. 1 et 4 : rémunération de base = SSC + valeur du point × pesée, annuelle, équivalent temps plein",
          url: lf("KALITEXT000047348147"),
        },
      ]);
      addSources(sources, ssc.sources);
      addSources(sources, point.sources);
      notes.push("Minimum hors points d'ancienneté (1 point par an), de compétences et points cadres, valorisés à la valeur du point.");
      let verified = ssc.verified && point.verified;
      for (const d of [ssc, point]) if (d.note) notes.push(d.note);
      if (date >= "2025-01-01") {
        verified = false;
        notes.push("Les valeurs 2025 et suivantes (SSC, point) n'ont pas été trouvées : calcul fait avec les dernières valeurs connues (2024), qui sous-estiment probablement le minimum.");
      }
      return {
        fullTimeMonthly: round2(annual / 12),
        computation: `(${euros(ssc.value)} + ${pesee} × ${euros(point.value)}) / 12`,
        sources,
        verified,
        effectiveFrom: maxDate(ssc.effectiveFrom, point.effectiveFrom),
        notes,
      };
    }
    const floor = valueAt(alisfaFloorBefore2024, date);
    if (!point || !floor) {
      return { failure: "no-value-at-date", message: `Valeurs ALISFA inconnues au ${date} (encodées à partir du 2023-06-01).` };
    }
    // Former chapter V: base = point × pesée (not below pesée 301), compared with the RMB.
    const base = point.value * Math.max(pesee, 301);
    const rmb = floor.value + 15 * Math.max(0, pesee - 292);
    const annual = Math.max(base, rmb);
    addSources(sources, [
      { label: "ALISFA, ancien chapitre V, art. 1 (KALIARTI000048058640)", url: lf("KALIARTI000048058640") },
    ]);
    addSources(sources, point.sources);
    addSources(sources, floor.sources);
    notes.push(
      "Ancien système (jusqu'au 31/12/2023) : max(valeur du point × max(pesée, 301) ; plancher + 15 € × (pesée − 292)). Lecture des notes de recherche, non vérifiée sur le texte ; hors RIS.",
    );
    return {
      fullTimeMonthly: round2(annual / 12),
      computation: `max(${euros(point.value)} × ${Math.max(pesee, 301)} ; ${euros(floor.value)} + ${euros(15)} × ${Math.max(0, pesee - 292)}) / 12`,
      sources,
      verified: false,
      effectiveFrom: maxDate(point.effectiveFrom, floor.effectiveFrom),
      notes,
    };
  },
};
