import type { Parameter } from "../../parameters/Parameter.js";
import type { AgreementGrid, AgreementGridRow } from "../AgreementGrid.js";
import { aciTexts as t } from "./aciTexts.js";

/** Emplois repères and their coefficients at levels A, B, C, as avenant n° 29 lists them. */
const JOBS_2021: readonly [string, number, number, number][] = [
  ["Assistant technique", 255, 270, 285],
  ["Assistant administratif", 255, 280, 305],
  ["Comptable", 255, 280, 305],
  ["Accompagnateur socioprofessionnel", 285, 315, 345],
  ["Encadrant technique pédagogique et social", 285, 315, 345],
  ["Chargé de missions ou de projets", 315, 345, 375],
  ["Responsable administratif et financier", 345, 375, 405],
  ["Coordinateur", 345, 375, 405],
  ["Directeur", 405, 455, 505],
];

const rows = (jobs: readonly [string, number, number, number][]): AgreementGridRow[] =>
  jobs.flatMap(([job, ...coefficients]) =>
    (["A", "B", "C"] as const).map((group, i) => ({ group, job, coefficient: coefficients[i]!, label: `${job}, niveau ${group}` })),
  );

/** Avenant n° 30: level A of the three assistant jobs raised from 255 to 265 on 2022-06-01. */
const JOBS_2022 = JOBS_2021.map(([job, a, b, c]): [string, number, number, number] => [job, a === 255 ? 265 : a, b, c]);

/**
 * Classification grid of the CCN des ateliers et chantiers d'insertion (IDCC 3016): nine emplois
 * repères, each at level A, B or C, with a coefficient. Coefficients as avenants n° 29 (2021) and
 * n° 30 (from 2022-06-01) list them; the 2020 amounts of avenant n° 27 are the same coefficients at 6,05 €.
 * The coefficients of 2025 are confirmed by the amounts the trade press gives (265 × 7 € = 1 855 €).
 *
 * @example
 * ```ts
 * valueAt(aciGrid, "2024-06-01")?.value.rows.find((r) => r.job === "Directeur" && r.group === "C")?.coefficient; // 505
 * ```
 */
export const aciGrid: Parameter<AgreementGrid> = {
  id: "agreement.3016.grid",
  description: "Ateliers et chantiers d'insertion (IDCC 3016) : coefficients par emploi repère et niveau",
  unit: "point",
  values: [
    { effectiveFrom: "2020-01-01", value: { rows: rows(JOBS_2021) }, sources: [t.av27, t.av29], verified: true },
    { effectiveFrom: "2022-06-01", value: { rows: rows(JOBS_2022) }, sources: [t.av30, t.av31], verified: true },
  ],
};
