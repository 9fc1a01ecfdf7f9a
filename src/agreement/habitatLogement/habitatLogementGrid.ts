import type { Parameter } from "../../parameters/Parameter.js";
import type { AgreementGrid, AgreementGridRow } from "../AgreementGrid.js";
import { habitatLogementTexts as t } from "./habitatLogementTexts.js";

/** [emploi-repère number, name, minimum pesée]; n° 11 was merged into n° 13 by avenant n° 56. */
const EMPLOIS: readonly [number, string, number][] = [
  [1, "Agent de service de nettoyage et d'entretien", 1377],
  [2, "Agent de restauration", 1398],
  [3, "Agent administratif", 1416],
  [4, "Agent de maintenance", 1416],
  [5, "Agent d'accueil et de surveillance", 1437],
  [6, "Agent d'accueil et de réception", 1462],
  [7, "Cuisinier", 1510],
  [8, "Agent technique de maintenance", 1503],
  [9, "Agent technique d'administration et/ou de gestion", 1503],
  [10, "Animateur", 1579],
  [12, "Technicien de maintenance", 1714],
  [13, "Assistant de gestion ou de direction", 1656],
  [14, "Chef de restauration", 1748],
  [15, "Chargé d'études et de développements", 1795],
  [16, "Intervenant social et éducatif", 1823],
  [17, "Chargé de logements et/ou de gestion locative", 1823],
  [18, "Responsable de secteur d'activité", 2173],
  [19, "Directeur d'établissement ou de services", 2390],
  [20, "Directeur d'association ou d'organisme", 2828],
];

const category = (n: number): AgreementGridRow["category"] => (n >= 18 ? "cadre" : n >= 11 ? "technicien-agent-de-maitrise" : undefined);

const rows: AgreementGridRow[] = EMPLOIS.flatMap(([n, job, pesee]) => {
  const row: AgreementGridRow = { group: String(n), job, coefficient: pesee, label: `Emploi-repère ${n} : ${job} (pesée minimale ${pesee})`, ...(category(n) ? { category: category(n) } : {}) };
  return n === 19 ? [row, { ...row, coefficient: 2526, alternative: true, label: `Emploi-repère 19 : ${job}, cadre généraliste (pesée minimale 2526)` }] : [row];
});

/**
 * Emplois-repères of the FSJT classification (CCN de l'habitat et du logement accompagnés, IDCC 2336)
 * with their minimum pesée (indice de base), as avenant n° 56 set them (in force 2021-12-24). An
 * employer may weigh a job above the minimum; the grid gives the minimum. Emploi-repère 19 has a
 * higher minimum for cadres généralistes (2 526) than for cadres experts (2 390).
 *
 * @example
 * ```ts
 * valueAt(habitatLogementGrid, "2024-01-01")?.value.rows.find((r) => r.group === "16")?.coefficient; // 1823
 * ```
 */
export const habitatLogementGrid: Parameter<AgreementGrid> = {
  id: "agreement.2336.grid",
  description: "Habitat et logement accompagnés (IDCC 2336, FSJT) : pesée minimale des emplois-repères",
  unit: "point",
  values: [{ effectiveFrom: "2021-12-24", value: { rows }, sources: [t.grid], verified: true, note: "Minimum pesées of the consolidated text (Légifrance, version of avenant n° 56); earlier versions are not encoded." }],
};
