import type { Parameter } from "../../parameters/Parameter.js";
import { epnlTexts as t } from "./epnlTexts.js";

/**
 * Point EPNL of the CCN de l'enseignement privé non lucratif (IDCC 3218), EUR per point of the
 * annual coefficient global. No value after the accord of 1 April 2022 was found in the KALI data.
 *
 * @example
 * ```ts
 * valueAt(epnlPointValue, "2023-01-01")?.value; // 18.42
 * ```
 */
export const epnlPointValue: Parameter<number> = {
  id: "agreement.3218.pointValue",
  description: "EPNL (IDCC 3218) : valeur annuelle du point EPNL",
  unit: "EUR",
  values: [
    {
      effectiveFrom: "2022-09-01", value: 18.42, sources: [t.nao2022], verified: true,
      note: "Accord n° 2022-1, not extended: it binds the members of the CEPNL. The SEP and CFA-CFC points of the former agreements (1 April 2022) are not encoded.",
    },
  ],
};
