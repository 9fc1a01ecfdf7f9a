import type { Source } from "../../parameters/Parameter.js";
import { lf } from "../model/AgreementModel.js";


/** Texts of the CCN de l'habitat et du logement accompagnés (IDCC 2336, KALICONT000005635560), FSJT part. @internal */
export const habitatLogementTexts = {
  formula: { label: "Habitat et logement accompagnés, art. 16.3.3 (avenant n° 47) : salaire de base = Pmin × VSo + (indice de base − Pmin) × VTrS, Pmin étant la pesée minimale de l'emploi-repère n° 1", url: lf("KALITEXT000037465970") },
  grid: { label: "Habitat et logement accompagnés, tableau de pesée et liste des emplois-repères (version de l'avenant n° 56, en vigueur le 24 décembre 2021) : pesées minimales des emplois-repères 1 à 20 (KALIARTI000044923808)", url: lf("KALIARTI000044923808") },
  av47: { label: "Habitat et logement accompagnés, avenant n° 47 du 29 mars 2018 (étendu), titre III : VSo 1,105 €, VTrS 1,099 € au 1er juillet 2018", url: lf("KALITEXT000037465970") },
  av50: { label: "Habitat et logement accompagnés, avenant n° 50 du 19 mars 2019 (étendu), art. 2.1 : VSo 1,12 €, VTrS 1,10 € au 1er avril 2019", url: lf("KALITEXT000038894642") },
  av51: { label: "Habitat et logement accompagnés, avenant n° 51 du 11 juin 2019 (étendu), art. 2 : VSo 1,135 €, VTrS 1,117 € au 1er janvier 2020", url: lf("KALITEXT000039399538") },
  av56: { label: "Habitat et logement accompagnés, avenant n° 56 du 16 juin 2021 (étendu), art. 3 : VSo 1,15 €, VTrS 1,13 € au 1er janvier 2022", url: lf("KALITEXT000044463845") },
  av62: { label: "Habitat et logement accompagnés, avenant n° 62 du 6 juillet 2023 (étendu ; structures FSJT seulement) : VSo 1,175 €, VTrS inchangée (1,13 €) à compter de l'extension", url: lf("KALITEXT000048157433") },
  av63: { label: "Direction[s], « Salaires conventionnels : extension d'avenants dans les branches HLA et ACI » (8 février 2024) : avenant n° 63 du 12 octobre 2023 (FSJT), VTrS 1,153 € au 1er janvier 2024, VSo 1,175 €, arrêté d'extension du 25 janvier 2024", url: "https://www.directions.fr/Gerer/ressources-humaines/2024/2/Salaires-conventionnels--extension-d-avenants-dans-les-branches-HLA-et-ACI-2059858W" },
  av63Tripalio: { label: "Tripalio, « Arrêté d'extension d'un accord et d'un avenant dans la CCN de l'habitat et du logement accompagnés » : arrêté du 25 janvier 2024 publié le 7 février 2024 (avenant n° 63, FSJT)", url: "https://presse.tripalio.fr/arrete-dextension-dun-accord-et-dun-avenant-dans-la-ccn-de-lhabitat-et-du-logement-accompagnes-2" },
} as const satisfies Record<string, Source>;
