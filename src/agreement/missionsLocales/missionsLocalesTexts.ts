import type { Source } from "../../parameters/Parameter.js";
import { lf } from "../model/AgreementModel.js";


/** Texts of the CCN des missions locales et PAIO (IDCC 2190, KALICONT000005635091) on minimum pay. @internal */
export const missionsLocalesTexts = {
  formula: { label: "Missions locales, titre VI, art. 6.2.2.1 : la rémunération minimale est le produit de la valeur du point et de l'indice professionnel (IP) de la cotation (KALIARTI000041428747)", url: lf("KALIARTI000041428747") },
  av60: { label: "Missions locales, avenant n° 60 du 2 août 2017 : point 4,58 € au 1er septembre 2017", url: lf("KALITEXT000035993798") },
  av65: { label: "Missions locales, avenant n° 65 du 20 juin 2019 (classement professionnel ; étendu par arrêté du 5 octobre 2020, mise en place dans les 12 mois suivant sa publication), annexe I : IP par cotation 5 → 347 … 16 → 608", url: lf("KALITEXT000041405450") },
  av73: { label: "Missions locales, avenant n° 73 du 20 octobre 2022 (étendu), art. 2 et 6 : IP par cotation 5 → 362 … 16 → 608 au 1er janvier 2023 ; point 4,63 € (décision unilatérale de l'UNML, 2022), 4,82 € au 1er janvier 2023, 5,01 € au 1er juillet 2023", url: lf("KALITEXT000047137395") },
  seniority: { label: "Missions locales, annexe I, grille d'ancienneté : indice d'ancienneté 0 la première année, + 10 la deuxième, puis + 4 par an (KALIARTI000047178245)", url: lf("KALIARTI000047178245") },
} as const satisfies Record<string, Source>;
