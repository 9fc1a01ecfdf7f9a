import type { Source } from "../Parameter.js";

const OF_SMIC =
  "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/marche_travail/salaire_minimum/smic/smic_b_horaire.yaml";

function text(label: string, url: string): Source[] {
  return [{ label, url }, { label: "OpenFisca-France, marche_travail/salaire_minimum/smic (cite le même texte)", url: OF_SMIC }];
}

/**
 * The legal texts that set the SMIC (metropolitan France and Mayotte alike), keyed by the date they
 * take effect. Each decree or arrêté fixes both the metropolitan rate (art. 1, 1°) and Mayotte's (art. 1, 2°).
 * Titles and links as cited by OpenFisca-France's `smic_b_horaire.yaml` (commit a7038ee, 2026-07-23).
 * @internal
 */
export const smicTexts: Readonly<Record<string, readonly Source[]>> = {
  "2015-01-01": text("Décret n° 2014-1569 du 22 décembre 2014 portant relèvement du salaire minimum de croissance", "https://www.legifrance.gouv.fr/eli/decret/2014/12/22/2014-1569/jo/texte"),
  "2016-01-01": text("Décret n° 2015-1688 du 17 décembre 2015 portant relèvement du salaire minimum de croissance", "https://www.legifrance.gouv.fr/eli/decret/2015/12/17/2015-1688/jo/texte"),
  "2017-01-01": text("Décret n° 2016-1818 du 22 décembre 2016 portant relèvement du salaire minimum de croissance", "https://www.legifrance.gouv.fr/eli/decret/2016/12/22/2016-1818/jo/texte"),
  "2018-01-01": text("Décret n° 2017-1719 du 20 décembre 2017 portant relèvement du salaire minimum de croissance", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000036240563"),
  "2019-01-01": text("Décret n° 2018-1173 du 19 décembre 2018 portant relèvement du salaire minimum de croissance", "https://www.legifrance.gouv.fr/eli/decret/2018/12/19/2018-1173/jo/texte"),
  "2020-01-01": text("Décret n° 2019-1387 du 18 décembre 2019 portant relèvement du salaire minimum de croissance", "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000039638018"),
  "2021-01-01": text("Décret n° 2020-1598 du 16 décembre 2020 portant relèvement du salaire minimum de croissance", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000042677359"),
  "2021-10-01": text("Arrêté du 27 septembre 2021 relatif au relèvement du salaire minimum de croissance", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000044126026"),
  "2022-01-01": text("Décret n° 2021-1741 du 22 décembre 2021 portant relèvement du salaire minimum de croissance", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000044546647"),
  "2022-05-01": text("Arrêté du 19 avril 2022 relatif au relèvement du salaire minimum de croissance (JO du 20 avril 2022)", "https://www.legifrance.gouv.fr/eli/arrete/2022/4/19/MTRT2211753A/jo/texte"),
  "2022-08-01": text("Arrêté du 29 juillet 2022 relatif au relèvement du salaire minimum de croissance", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046113517"),
  "2023-01-01": text("Décret n° 2022-1608 du 22 décembre 2022 portant relèvement du salaire minimum de croissance", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046780043"),
  "2023-05-01": text("Arrêté du 26 avril 2023 relatif au relèvement du salaire minimum de croissance", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047495817"),
  "2024-01-01": text("Décret n° 2023-1216 du 20 décembre 2023 portant relèvement du salaire minimum de croissance", "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000048604684"),
  "2024-11-01": text("Décret n° 2024-951 du 23 octobre 2024 portant relèvement du salaire minimum de croissance", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000050392683"),
  "2026-01-01": text("Décret n° 2025-1228 du 17 décembre 2025 portant relèvement du salaire minimum de croissance", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053042520"),
  "2026-06-01": text("Arrêté du 22 mai 2026 relatif au relèvement du salaire minimum de croissance (JO du 24 mai 2026)", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054126589"),
};
