import type { AgreementGridRow } from "../AgreementGrid.js";
import { amountGridModel } from "../model/amountGridModel.js";
import { lf } from "../model/AgreementModel.js";
import { pecheLoisirMinima } from "./pecheLoisirMinima.js";

function rowOf(key: string): AgreementGridRow {
  const [group, echelon] = key.split("-");
  if (echelon === undefined) return { group: group!, label: `Niveau ${group}` };
  const level = Number(echelon);
  return { group: group!, level, label: `Niveau ${group}, ${level === 1 ? "1er" : `${level}e`} échelon` };
}

/** Pêche de loisir (IDCC 3203): an amount per niveau (I to VI) and échelon. @internal */
export const pecheLoisirModel = amountGridModel({
  minima: pecheLoisirMinima,
  rowOf,
  grid: { label: "Pêche de loisir, art. 8 : classification des emplois en six niveaux et échelons (KALICONT000029100418)", url: lf("KALICONT000029100418") },
  note: "Minimum conventionnel du niveau et de l'échelon pour un temps plein, hors ancienneté et primes. Avenants salariaux non étendus : ils lient les adhérents de l'organisation patronale signataire.",
});
