import type { Source } from "../../parameters/Parameter.js";
import { lf } from "../model/AgreementModel.js";

/**
 * Texts of the convention UNISSS (IDCC 0405, KALICONT000026950865) on minimum pay. Its avenants are
 * not extended: they bind the members of the signatory employers' union, after ministerial approval
 * (agrément, CASF L314-6), which avenant n° 04-2022 makes a condition of its validity.
 * @internal
 */
export const unisssTexts = {
  formula: { label: "UNISSS, titre VI : rémunération = coefficient de la grille (groupe et année d'ancienneté) × valeur du point (KALISCTA000026942740)", url: lf("KALICONT000026950865") },
  grid2019: { label: "UNISSS, avenant n° 01-2019 du 23 novembre 2018 relatif aux salaires non cadres : grilles des groupes A à D par année d'ancienneté, applicables à partir du 1er janvier 2019 (KALITEXT000038417797)", url: lf("KALITEXT000038417797") },
  av032017: { label: "UNISSS, avenant n° 03-2017 du 17 novembre 2017 : valeur du point portée de 5,246 € à 5,256 € au 1er janvier 2017 (KALITEXT000036789593)", url: lf("KALITEXT000036789593") },
  av012020: { label: "UNISSS, avenant n° 01-2020 du 18 septembre 2020 : point 5,285 € au 1er janvier 2020 (KALITEXT000043234707)", url: lf("KALITEXT000043234707") },
  av012022: { label: "UNISSS, avenant n° 01-2022 du 21 janvier 2022 : point 5,30 € au 1er janvier 2021 (KALITEXT000046043389)", url: lf("KALITEXT000046043389") },
  av042022: { label: "UNISSS, avenant n° 04-2022 du 9 décembre 2022 : point 5,459 € et salaire mensuel brut à temps plein au moins égal au SMIC mensuel + 50 €, rétroactifs au 1er juillet 2022, sous réserve d'agrément (KALITEXT000047410082)", url: lf("KALITEXT000047410082") },
} as const satisfies Record<string, Source>;
