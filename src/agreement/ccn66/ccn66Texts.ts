import type { Source } from "../../parameters/Parameter.js";
import { lf } from "../model/AgreementModel.js";


/**
 * Texts of the CCN du 15 mars 1966 (IDCC 0413, KALICONT000005635407) on minimum pay. The agreement
 * and its salary avenants are not extended: they bind the members of the signatory employers'
 * union (NEXEM, now Axess), after ministerial approval (agrément, CASF L314-6).
 * @internal
 */
export const ccn66Texts = {
  formula: { label: "CCN 66, annexe 1, titre Ier, art. 1 (avenant n° 346) : salaire minimum hiérarchique = coefficient × valeur du point + indemnité de sujétion spéciale (non cadres) (KALIARTI000043909616)", url: lf("KALIARTI000043909616") },
  annexe3: { label: "CCN 66, annexe 3 : coefficients du personnel éducatif, pédagogique et social par ancienneté (éducateur spécialisé, éducateur de jeunes enfants, moniteur-éducateur, TISF, AVS, AMP ; état au 1er janvier 2018, avenant n° 341, inchangé dans les données KALI de 2026)", url: lf("KALITEXT000005684692") },
  av361: { label: "CCN 66, avenant n° 361 du 9 juin 2021, agréé par arrêté du 3 août 2021 : point 3,82 € au 1er février 2021 ; grilles d'agent de bureau, de moniteur adjoint d'animation et d'agent de service intérieur ; minimum conventionnel indice 373 (383 en internat)", url: lf("KALITEXT000044201828") },
  av354: { label: "CCN 66, avenant n° 354 du 23 juin 2020 : indemnité de sujétion spéciale portée à 9,21 % au 1er février 2020 (KALIARTI000043075016)", url: lf("KALIARTI000043075016") },
  av348: { label: "CCN 66, avenant n° 348 du 16 octobre 2018 : indemnité de sujétion spéciale 8,48 % au 1er janvier 2018", url: lf("KALITEXT000038746450") },
  mediasocial2021: { label: "Le Media social, « CCN 66 : la valeur du point passe à 3,82 euros » (arrêté du 3 août 2021 ; 3,80 € depuis le 1er février 2019)", url: "https://lemediasocial.fr/ccn-66-la-valeur-du-point-passe-a-3-82-euros_w2vu7W" },
  uriopss2022: { label: "URIOPSS Occitanie, « Revalorisation des valeurs de point de la BASS » : recommandations patronales agréées par arrêté du 21 décembre 2022 (JO du 24 décembre 2022), CCN 66 point 3,93 € au 1er juillet 2022", url: "https://www.uriopss-occitanie.fr/actualites/revalorisation-valeurs-de-point-de-bass" },
  tripalio2022: { label: "Tripalio, « Dans la CCN 66, une proposition de revalorisation de 2,9 % de la valeur du point » (novembre 2022) : point 3,93 €, indice minimum conventionnel 403 (413 en internat) au 1er juillet 2022", url: "https://presse.tripalio.fr/dans-la-ccn-66-une-proposition-de-revalorisation-de-29-de-la-valeur-du-point" },
} as const satisfies Record<string, Source>;
