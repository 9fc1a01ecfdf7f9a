import { amountGridModel } from "../model/amountGridModel.js";
import { lf } from "../model/AgreementModel.js";
import { ccneacMinima } from "./ccneacMinima.js";

/** Entreprises artistiques et culturelles (IDCC 1285): an amount per groupe and échelon (non-artistic staff). @internal */
export const ccneacModel = amountGridModel({
  minima: ccneacMinima,
  rowOf: (key) => {
    const [group, echelon] = key.split("-");
    return { group: group!, level: Number(echelon), label: `Groupe ${group}, échelon ${echelon}` };
  },
  grid: { label: "CCNEAC, art. X.4 : grille des salaires minima des emplois autres qu'artistiques, groupes 1 à 9 et échelons (KALICONT000005635964)", url: lf("KALICONT000005635964") },
  note: "Minimum du groupe et de l'échelon des emplois autres qu'artistiques, pour un temps plein de 151,40 heures par mois selon l'accord, hors primes et indemnités ; les minima des artistes (au mois, au service ou au cachet) ne sont pas encodés.",
});
