import type { Parameter } from "../Parameter.js";

/**
 * The minimum age of an adulte-relais (Code du travail L5134-102): 30 in the version in force from
 * 2015-08-08, 26 from 2021-09-16. Earlier versions are left out (not read from a primary source).
 *
 * @example
 * ```ts
 * valueAt(adulteRelaisMinAge, "2021-09-16")?.value; // 26
 * ```
 */
export const adulteRelaisMinAge: Parameter<number> = {
  id: "adulteRelais.minAge",
  description: "Minimum age of a person hired on an adulte-relais contract (Code du travail L5134-102).",
  unit: "year",
  values: [
    {
      effectiveFrom: "2015-08-08",
      value: 30,
      sources: [
        {
          label: "Code du travail, art. L5134-102, version du 8 août 2015 au 15 septembre 2021 (« âgées d'au moins trente ans »)",
          url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031014056",
        },
      ],
      verified: true,
      note: "Read from the LEGI database history of the article (version LEGIARTI000031014056, in force 2015-08-08 to 2021-09-15).",
    },
    {
      effectiveFrom: "2021-09-16",
      value: 26,
      sources: [
        {
          label: "Code du travail, art. L5134-102, version en vigueur depuis le 16 septembre 2021 (« âgées d'au moins vingt-six ans »)",
          url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000044043083",
        },
        {
          label: "Vie-publique.fr, « Politique de la ville : un bilan du dispositif des adultes-relais » (2025)",
          url: "https://www.vie-publique.fr/en-bref/298195-politique-de-la-ville-un-bilan-du-dispositif-des-adultes-relais",
        },
      ],
      verified: true,
      note: "Read from the LEGI database history of the article (version LEGIARTI000044043083, from 2021-09-16).",
    },
  ],
};
