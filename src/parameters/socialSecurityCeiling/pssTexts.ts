import type { Source } from "../Parameter.js";

const OF_PSS =
  "https://github.com/openfisca/openfisca-france/blob/a7038ee49132b842612b2e3d1ca0ba202c6a796d/openfisca_france/parameters/prelevements_sociaux/pss";

function text(label: string, url: string): Source[] {
  return [{ label, url }, { label: "OpenFisca-France, prelevements_sociaux/pss (cite le même arrêté)", url: OF_PSS }];
}

/**
 * The yearly arrêtés setting the plafond de la sécurité sociale, keyed by the date they take effect,
 * as cited by OpenFisca-France (commit a7038ee, 2026-07-23).
 * @internal
 */
export const pssTexts: Readonly<Record<string, readonly Source[]>> = {
  "2015-01-01": text("Arrêté du 26 décembre 2014 portant fixation du plafond de la sécurité sociale pour 2015", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000029862934"),
  "2016-01-01": text("Arrêté du 17 décembre 2015 portant fixation du plafond de la sécurité sociale pour 2016", "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000031680293"),
  "2017-01-01": text("Arrêté du 5 décembre 2016 portant fixation du plafond de la sécurité sociale pour 2017", "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000033578232"),
  "2018-01-01": text("Arrêté du 5 décembre 2017 portant fixation du plafond de la sécurité sociale pour 2018", "https://www.legifrance.gouv.fr/jorf/id/JORFARTI000036171734"),
  "2019-01-01": text("Arrêté du 11 décembre 2018 portant fixation du plafond de la sécurité sociale pour 2019", "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000037814805"),
  "2020-01-01": text("Arrêté du 2 décembre 2019 portant fixation du plafond de la sécurité sociale pour 2020", "https://www.legifrance.gouv.fr/eli/arrete/2019/12/2/SSAS1934384A/jo/texte"),
  "2021-01-01": text("Arrêté du 22 décembre 2020 portant fixation du plafond de la sécurité sociale pour 2021", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000042748904"),
  "2022-01-01": text("Arrêté du 15 décembre 2021 portant fixation du plafond de la sécurité sociale pour 2022", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000044514684"),
  "2023-01-01": text("Arrêté du 9 décembre 2022 portant fixation du plafond de la sécurité sociale pour 2023", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046745084"),
  "2024-01-01": text("Arrêté du 19 décembre 2023 portant fixation du plafond de la sécurité sociale pour 2024", "https://www.legifrance.gouv.fr/jorf/id/JORFARTI000048708695"),
  "2025-01-01": text("Arrêté du 19 décembre 2024 portant fixation du plafond de la sécurité sociale pour 2025", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000050854392"),
  "2026-01-01": text("Arrêté du 22 décembre 2025 portant fixation du plafond de la sécurité sociale pour 2026", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053143451"),
};
