import type { Parameter } from "../../parameters/Parameter.js";
import type { AgreementGrid, AgreementGridRow } from "../AgreementGrid.js";
import { epnlTexts as t } from "./epnlTexts.js";

/** By strate: the lowest total of degrés in the table and the points of the poste for each total from it. */
const STRATES: readonly (readonly [string, number, readonly number[]])[] = [
  ["I", 4, [1070, 1090, 1100, 1104, 1110, 1112, 1130, 1148, 1166]],
  ["II", 5, [1090, 1120, 1129, 1156, 1165, 1190, 1215, 1240, 1265, 1290, 1315]],
  ["III", 5, [1200, 1270, 1340, 1410, 1480, 1550, 1620, 1690, 1760, 1830, 1900]],
  ["IV", 5, [1400, 1520, 1640, 1760, 1880, 2000, 2120, 2240, 2360, 2480, 2600]],
];

const rows: AgreementGridRow[] = STRATES.flatMap(([group, first, points]) =>
  points.map((coefficient, i) => ({ group, level: first + i, coefficient, label: `Strate ${group}, ${first + i} degrés` })),
);

/**
 * Points of the poste de travail of the CCN de l'enseignement privé non lucratif (IDCC 3218), by
 * strate (I to IV, the group) and total of degrés in the criteria (the level). Points for
 * plurifonctionnalité, training, seniority and professional involvement add to them and are not
 * included. Encoded from 2022-09-01, the date of the only point value found.
 *
 * @example
 * ```ts
 * valueAt(epnlGrid, "2023-01-01")?.value.rows.find((r) => r.group === "III" && r.level === 5)?.coefficient; // 1200
 * ```
 */
export const epnlGrid: Parameter<AgreementGrid> = {
  id: "agreement.3218.grid",
  description: "EPNL (IDCC 3218) : points du poste de travail par strate et degrés",
  unit: "point",
  values: [{ effectiveFrom: "2022-09-01", value: { rows }, sources: [t.grid], verified: true }],
};
