import type { Parameter, Source } from "../../parameters/Parameter.js";
import { lf } from "../model/AgreementModel.js";


/** One échelon of the grid: its coefficient (none where the échelon is the SMIC) and its monthly minimum. */
export interface RegiesQuartierEchelon {
  /** Niveau and échelon, "1A" to "6B". */
  echelon: string;
  coefficient: number | null;
  /** Gross monthly base pay for 151,67 h, as the accord's table gives it; `null` where it is the SMIC. */
  amount: number | null;
}

const NOT_EXTENDED =
  "Accord not extended (VIGUEUR_NON_ETEN): it binds the members of the signatory employers' organisation; the table's amounts (coefficient × point, rounded, with a conventional adjustment at the bottom of the grid) are encoded as printed.";

const grid = (rows: readonly [string, number | null, number | null][]): RegiesQuartierEchelon[] =>
  rows.map(([echelon, coefficient, amount]) => ({ echelon, coefficient, amount }));

const av2015: Source = { label: "Régies de quartier, accord du 15 décembre 2014 relatif aux salaires et à la valeur du point au 1er janvier 2015 (point 9,11 €), tableau des salaires mensuels bruts de base", url: lf("KALITEXT000030370209") };
const av2022: Source = { label: "Régies de quartier, accord du 7 octobre 2022 relatif aux salaires pour l'année 2022, art. 2, 5 et 6 (point 10,04 € au 1er juillet 2022 ; niveau 1 A = SMIC, coefficient 170 remplacé par 174)", url: lf("KALITEXT000046971100") };

/**
 * Monthly gross minimum per échelon of the CCN des régies de quartier (IDCC 3105), full time, from the
 * two salary accords found in the KALI data (2015 and 2022), neither of them extended. The values between
 * 2016 and June 2022 were not found (left unknown); no accord after 2022 was found.
 *
 * @example
 * ```ts
 * valueAt(regiesQuartierMinima, "2022-09-01")?.value.find((e) => e.echelon === "3B")?.amount; // 2108
 * ```
 */
export const regiesQuartierMinima: Parameter<readonly RegiesQuartierEchelon[]> = {
  id: "agreement.3105.minima",
  description: "Régies de quartier (IDCC 3105) : salaire mensuel brut de base par niveau et échelon",
  unit: "EUR/month",
  values: [
    {
      effectiveFrom: "2015-01-01", verified: true, sources: [av2015], note: NOT_EXTENDED,
      value: grid([
        ["1A", 150, 1445.38], ["1B", 160, 1548.07], ["1C", 170, 1639.19], ["1D", 180, 1730.31],
        ["2A", 170, 1639.19], ["2B", 180, 1730.31], ["2C", 190, 1730.9], ["2D", 200, 1822],
        ["3A", 190, 1730.9], ["3B", 200, 1822], ["3C", 210, 1913.1], ["3D", 220, 2004.2],
        ["4A", 220, 2004.2], ["4B", 230, 2095.3], ["4C", 240, 2186.4], ["4D", 250, 2277.5],
        ["5A", 280, 2550.8], ["5B", 310, 2824.1], ["5C", 340, 3097.4], ["5D", 370, 3370.7],
        ["6A", 400, 3644], ["6B", 420, 3826.2],
      ]),
    },
    { effectiveFrom: "2016-01-01", value: null, verified: false, sources: [av2015, av2022], note: "Unknown: no salary accord between 2016 and June 2022 was found in the KALI data." },
    {
      effectiveFrom: "2022-07-01", verified: true, sources: [av2022], note: `${NOT_EXTENDED} Applied from 1 October 2022 with back pay to 1 July 2022.`,
      value: grid([
        ["1A", null, null], ["1B", 174, 1747], ["1C", 180, 1807], ["1D", 190, 1908],
        ["2A", 190, 1908], ["2B", 195, 1958], ["2C", 200, 2008],
        ["3A", 200, 2008], ["3B", 210, 2108], ["3C", 220, 2209],
        ["4A", 220, 2209], ["4B", 230, 2309], ["4C", 240, 2410], ["4D", 250, 2510],
        ["5A", 280, 2811], ["5B", 310, 3112], ["5C", 340, 3414], ["5D", 370, 3715],
        ["6A", 400, 4016], ["6B", 420, 4217],
      ]),
    },
  ],
};
