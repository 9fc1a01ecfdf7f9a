import type { Parameter } from "../../parameters/Parameter.js";

const lf = (id: string) => `https://www.legifrance.gouv.fr/conv_coll/id/${id}`;

/**
 * ÉCLAT (IDCC 1518, ex-Animation): the point value. Until 31 December 2021 the agreement had a single
 * point value (salary = coefficient × point); since 1 January 2022 (avenant n° 182) this series is
 * **V1**, which values the points of group A (the branch minimum coefficient), and
 * {@link eclatPointValue2} (V2) values every point above it.
 */
export const eclatPointValue1: Parameter<number> = {
  id: "agreement.1518.pointValue1",
  description:
    "ÉCLAT (IDCC 1518) : valeur du point (valeur unique jusqu'au 31/12/2021, puis V1, appliquée au coefficient du groupe A), en euros par point.",
  unit: "EUR",
  values: [
    {
      effectiveFrom: "2014-01-01",
      value: 5.98,
      sources: [
        {
          label: "Avenant n° 147 du 23 avril 2013 (valeur du point 5,98 € au 1er janvier 2014), d'après ASH n° 2809",
          url: "https://ash.tm.fr/hebdo/2809/cote-cour/animation-signature-dun-avenant-salarial-401048.php",
        },
      ],
      verified: false,
      note: "Source secondaire unique (ASH), avenant non lu sur Légifrance.",
    },
    {
      effectiveFrom: "2015-11-01",
      value: 6.0,
      sources: [
        {
          label: "Avenant n° 153 du 19 mai 2015 (valeur du point 6 € au 1er novembre 2015, premier jour du mois suivant l'arrêté d'extension), d'après ASH n° 2930",
          url: "https://ash.tm.fr/hebdo/2930/veille-juridique/animation-la-valeur-du-point-augmentera-le-1er-novembre-408474.php",
        },
      ],
      verified: false,
      note: "Source secondaire unique (ASH), avenant non lu sur Légifrance.",
    },
    {
      effectiveFrom: "2017-01-01",
      value: 6.05,
      sources: [
        {
          label: "Avenant n° 158 du 10 juin 2016 (valeur du point 6,05 € à compter du 1er janvier 2017, sous réserve d'extension), d'après ASH n° 2968",
          url: "https://ash.tm.fr/hebdo/2968/cote-cour/animation-signature-dun-avenant-salarial-372096.php",
        },
      ],
      verified: false,
      note:
        "Source secondaire unique (ASH), avenant non lu sur Légifrance ; la date d'effet suppose l'extension intervenue avant le 1er janvier 2017.",
    },
    {
      effectiveFrom: "2018-01-01",
      value: null,
      sources: [{ label: "Aucune source trouvée pour la valeur du point en 2018" }],
      verified: false,
      note:
        "Valeur inconnue pour 2018 (la valeur est passée de 6,05 € en 2017 à 6,24 € en 2019) : laissée vide plutôt que devinée.",
    },
    {
      effectiveFrom: "2019-01-01",
      value: 6.24,
      sources: [{ label: "Avenant n° 167 du 18 juin 2018 (KALITEXT000038115549)", url: lf("KALITEXT000038115549") }],
      verified: true,
    },
    {
      effectiveFrom: "2020-01-01",
      value: 6.32,
      sources: [{ label: "Avenant n° 175 du 18 juin 2019 (KALITEXT000039401804)", url: lf("KALITEXT000039401804") }],
      verified: true,
    },
    {
      effectiveFrom: "2022-01-01",
      value: 6.45,
      sources: [
        { label: "Avenant n° 186 du 14 juin 2021 (KALITEXT000044464194)", url: lf("KALITEXT000044464194") },
        { label: "Arrêté d'extension du 19 novembre 2021, JORF du 8 décembre 2021", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000044447799" },
      ],
      verified: true,
      note: "Première valeur V1 du système à double valeur de point (avenant n° 182, en vigueur le 1er janvier 2022).",
    },
    {
      effectiveFrom: "2022-07-23",
      value: 6.61,
      sources: [
        { label: "Avenant n° 193 du 12 avril 2022, art. 1 (KALITEXT000046054207)", url: lf("KALITEXT000046054207") },
        { label: "Arrêté d'extension du 18 juillet 2022, JORF du 22 juillet 2022", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046077304" },
      ],
      verified: true,
      note:
        "Date encodée : celle qui lie tout employeur de la branche. Les adhérents de l'organisation d'employeurs signataire devaient 6,61 € (et le groupe A à 250) dès le 1er mai 2022 (avenant n° 193, art. 7, KALIARTI000046054219) ; la clause imposant aux non-adhérents un rappel au 1er mai 2022 a été exclue de l'extension par l'arrêté du 18 juillet 2022, qui ne lie donc tout employeur qu'à compter du lendemain de sa publication, le 23 juillet 2022. Du 1er mai au 22 juillet 2022, la valeur précédente (6,45 €) est le minimum opposable à un employeur non adhérent ; un adhérent doit déjà 6,61 €.",
    },
    {
      effectiveFrom: "2023-01-01",
      value: 6.85,
      sources: [
        { label: "Avenant n° 194 du 21 septembre 2022 (KALITEXT000046955305)", url: lf("KALITEXT000046955305") },
        { label: "Arrêté d'extension du 5 décembre 2022, JORF du 24 décembre 2022", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046794523" },
      ],
      verified: true,
    },
    {
      effectiveFrom: "2024-01-01",
      value: 7.01,
      sources: [
        { label: "Avenant n° 199 du 12 juillet 2023 (KALITEXT000048452545)", url: lf("KALITEXT000048452545") },
        { label: "Arrêté d'extension du 26 octobre 2023, JORF du 25 novembre 2023", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000048458887" },
      ],
      verified: true,
    },
    {
      effectiveFrom: "2025-01-01",
      value: 7.15,
      sources: [
        { label: "Avenant n° 205 du 10 juillet 2024 (KALITEXT000050362513)", url: lf("KALITEXT000050362513") },
        { label: "Arrêté d'extension du 3 octobre 2024, JORF du 16 octobre 2024", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000050350882" },
      ],
      verified: true,
    },
    {
      effectiveFrom: "2026-01-01",
      value: 7.23,
      sources: [
        { label: "Avenant n° 208 du 23 juin 2025 (KALITEXT000052447622)", url: lf("KALITEXT000052447622") },
        { label: "Arrêté d'extension du 9 octobre 2025, JORF du 15 octobre 2025", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052391423" },
      ],
      verified: true,
    },
  ],
};
