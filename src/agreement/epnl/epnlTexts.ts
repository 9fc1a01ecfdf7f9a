import type { Source } from "../../parameters/Parameter.js";
import { lf } from "../model/AgreementModel.js";

/**
 * Texts of the CCN de l'enseignement privé non lucratif (IDCC 3218, KALICONT000043874879) on minimum
 * pay. Neither the convention nor its salary accords are extended in the KALI data: they bind the
 * members of the signatory employers' confederation (CEPNL).
 * @internal
 */
export const epnlTexts = {
  formula: { label: "EPNL, art. 4.1.3.1 : salaire minimum hiérarchique annuel à temps plein = coefficient global × valeur du point EPNL (KALIARTI000048349248)", url: lf("KALIARTI000048349248") },
  grid: { label: "EPNL, art. 4.1.3.2 (convention du 13 octobre 2020 révisée par l'avenant n° 2022-2 du 11 avril 2022) : points du poste de travail par strate (I à IV) et total des degrés des critères classants (KALIARTI000048349252)", url: lf("KALIARTI000048349252") },
  nao2022: { label: "EPNL, accord n° 2022-1 du 1er avril 2022 (NAO salaires 2022), art. 1er : valeur du point EPNL 18,42 € au 1er septembre 2022 (KALITEXT000046366564)", url: lf("KALITEXT000046366564") },
} as const satisfies Record<string, Source>;
