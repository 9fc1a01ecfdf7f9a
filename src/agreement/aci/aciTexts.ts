import type { Source } from "../../parameters/Parameter.js";
import { lf } from "../model/AgreementModel.js";


/**
 * Texts of the CCN des ateliers et chantiers d'insertion (IDCC 3016, KALICONT000027181035) on minimum pay.
 * @internal
 */
export const aciTexts = {
  formula: { label: "ACI, titre V : salaire minimum = coefficient de l'emploi repère et du niveau (A, B, C) × valeur du point", url: lf("KALICONT000027181035") },
  av27: { label: "ACI, avenant n° 27 du 4 décembre 2019, art. 2 : point 6,05 € au 1er janvier 2020 (étendu, arrêté du 1er avril 2020)", url: lf("KALITEXT000041788830") },
  av29: { label: "ACI, avenant n° 29 du 15 février 2021, art. 2 : point 6,15 € le 1er jour du mois suivant la publication de l'arrêté d'extension (arrêté du 19 mai 2021, JORF 2 juin 2021), grille des coefficients", url: lf("KALITEXT000043918584") },
  av30: { label: "ACI, avenant n° 30 du 31 mai 2022, art. 2 : point 6,35 € et niveau A des assistants porté à 265, au 1er juin 2022", url: lf("KALITEXT000046240914") },
  av31: { label: "ACI, avenant n° 31 du 12 décembre 2022, art. 2 : point 6,67 € au 1er janvier 2023", url: lf("KALITEXT000047137474") },
  av33: { label: "Direction[s], « Salaires conventionnels : extension d'avenants dans les branches HLA et ACI » (8 février 2024) : avenant n° 33 du 17 novembre 2023, point 6,90 € pour 2024, arrêté d'extension du 25 janvier 2024", url: "https://www.directions.fr/Gerer/ressources-humaines/2024/2/Salaires-conventionnels--extension-d-avenants-dans-les-branches-HLA-et-ACI-2059858W" },
  av36: { label: "ASH, « Quels minimas salariaux de branche pour les chantiers d'insertion depuis le 1er janvier » : accord du 12 décembre 2024 (extension JO du 7 janvier 2025), point 7 € au 1er janvier 2025 puis 7,05 € au 1er juillet 2025 (assistant technique A 1 855 €, encadrant technique B 2 205 €, directeur C 3 535 €)", url: "https://ash.tm.fr/management-reseaux/quels-minimas-salariaux-de-branche-pour-les-chantiers-dinsertion-depuis-le-1er-janvier-962082.php" },
} as const satisfies Record<string, Source>;
