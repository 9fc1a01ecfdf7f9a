import type { Parameter } from "../../parameters/Parameter.js";
import type { AgreementGrid } from "../AgreementGrid.js";
import { missionsLocalesTexts as t } from "./missionsLocalesTexts.js";

const grid = (ip: readonly number[]): AgreementGrid => ({
  rows: ip.map((coefficient, i) => ({ group: String(i + 5), level: i + 5, coefficient, label: `Cotation ${i + 5}` })),
});

/**
 * Minimum indice professionnel (IP) by cotation (5 to 16) of the CCN des missions locales et PAIO
 * (IDCC 2190). An offer's "cotation 14" is `{ level: 14 }` or `{ group: "14" }`; "indice 488" is a
 * coefficient. The seniority index (annexe I) adds to the IP and is not included (entry step).
 *
 * @example
 * ```ts
 * valueAt(missionsLocalesGrid, "2024-01-01")?.value.rows.find((r) => r.level === 14)?.coefficient; // 488
 * ```
 */
export const missionsLocalesGrid: Parameter<AgreementGrid> = {
  id: "agreement.2190.grid",
  description: "Missions locales et PAIO (IDCC 2190) : indice professionnel minimal par cotation",
  unit: "point",
  values: [
    {
      effectiveFrom: "2022-01-01", value: grid([347, 360, 364, 369, 374, 389, 420, 442, 468, 488, 548, 608]), sources: [t.av65], verified: true,
      note: "Grid of avenant n° 65, to be in place at the latest 12 months after its extension order (5 October 2020) was published; encoded from 2022-01-01 only.",
    },
    { effectiveFrom: "2023-01-01", value: grid([362, 375, 379, 384, 389, 404, 435, 457, 468, 488, 548, 608]), sources: [t.av73], verified: true },
  ],
};
