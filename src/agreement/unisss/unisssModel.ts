import { valueAt } from "../../parameters/valueAt.js";
import { smicMonthly } from "../../parameters/smic/smicMonthly.js";
import { euros } from "../../pay/euros.js";
import { addSources, isFailure, round2 } from "../model/AgreementModel.js";
import { pointGridModel } from "../model/pointGridModel.js";
import { unisssGrid } from "./unisssGrid.js";
import { unisssPointValue } from "./unisssPointValue.js";
import { unisssTexts } from "./unisssTexts.js";

const FLOOR_FROM = "2022-07-01";
const ABOVE_SMIC = 50;

const base = pointGridModel({
  name: "UNISSS",
  grid: unisssGrid,
  pointValue: unisssPointValue,
  formula: unisssTexts.formula,
  note: "Minimum du groupe à l'ancienneté retenue (coefficient × point), hors primes et indemnités de type Ségur. Avenants non étendus : ils lient les adhérents de l'organisation patronale signataire, après agrément.",
});

/**
 * UNISSS (IDCC 0405): coefficient × point value, and since 2022-07-01 never less than the monthly
 * SMIC + 50 € for a full-time employee (avenant n° 04-2022, art. 2). @internal
 */
export const unisssModel: typeof base = {
  ...base,
  compute(row, date, grid) {
    const computed = base.compute(row, date, grid);
    if (isFailure(computed) || date < FLOOR_FROM) return computed;
    const smic = valueAt(smicMonthly, date);
    if (!smic) return computed;
    const floor = round2(smic.value + ABOVE_SMIC);
    if (computed.fullTimeMonthly >= floor) return computed;
    const sources = [...computed.sources];
    addSources(sources, [unisssTexts.av042022, ...smic.sources]);
    return {
      ...computed,
      fullTimeMonthly: floor,
      computation: `${computed.computation} = ${euros(computed.fullTimeMonthly, "fr", { cents: true })}, inférieur au SMIC mensuel + 50 € : ${euros(smic.value, "fr", { cents: true })} + 50 € = ${euros(floor, "fr", { cents: true })}`,
      sources,
      verified: computed.verified && smic.verified,
      effectiveFrom: smic.effectiveFrom > computed.effectiveFrom ? smic.effectiveFrom : computed.effectiveFrom,
      notes: [...computed.notes, "Depuis le 1er juillet 2022, le salaire mensuel brut à temps plein ne peut être inférieur au SMIC mensuel augmenté de 50 € (avenant n° 04-2022, art. 2)."],
    };
  },
};
