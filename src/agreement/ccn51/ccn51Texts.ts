import type { Source } from "../../parameters/Parameter.js";
import { lf } from "../model/AgreementModel.js";

/**
 * Texts of the CCN du 31 octobre 1951 (IDCC 0029, KALICONT000005635234) on minimum pay. Neither the
 * convention nor its salary avenants are extended: they bind the members of the FEHAP, after
 * ministerial approval (agrément, CASF L314-6), which the avenants make a condition of their entry into force.
 * @internal
 */
export const ccn51Texts = {
  formula: { label: "CCN 51, art. 08.01.2 : la valeur du point est fixée par avenant ; annexe I : rémunération = coefficient de référence × valeur du point, plus compléments (métier, diplôme, encadrement) et prime d'ancienneté (KALIARTI000029952742)", url: lf("KALIARTI000029952742") },
  av201702: { label: "CCN 51, avenant n° 2017-02 du 15 mars 2017, art. 1er : point 4,425 € au 1er juillet 2017 et 4,447 € au 1er juillet 2018 ; art. 2 : coefficient de référence des auxiliaires de soins (aide-soignant, auxiliaire de puériculture) 359, 367 puis 376 aux 1er août 2017, 2018 et 2019 ; art. 3 : accompagnant éducatif et social 343, 347 puis 351 (KALITEXT000035744534)", url: lf("KALITEXT000035744534") },
  smc2015: { label: "CCN 51, avenant n° 2015-02 du 27 janvier 2015 : salaire minimum conventionnel mensuel brut 1 463 € au 1er janvier 2015, entrée en vigueur subordonnée à l'agrément (KALITEXT000031114032)", url: lf("KALITEXT000031114032") },
  directions2022: { label: "Directions.fr, « La Croix-Rouge, les CCN 51 et 66 revalorisent à leur tour la valeur du point » (janvier 2023) : recommandation patronale FEHAP du 23 novembre 2022, point CCN 51 4,58 € au 1er juillet 2022, agréée par arrêté du 21 décembre 2022", url: "https://directions.fr/Gerer/ressources-humaines/2023/1/La-Croix-Rouge-les-CCN-51-et-66-revalorisent-a-leur-tour-la-valeur-du-point-2058238W" },
} as const satisfies Record<string, Source>;
