import type { Parameter } from "../Parameter.js";
import { cddTexts as t } from "./cddTexts.js";

/**
 * The default maximum number of renewals of a CDD: one until 18 August 2015 (Code du travail L1243-13,
 * « renouvelable une fois »), two from 19 August 2015 (loi n° 2015-994 du 17 août 2015, art. 55,
 * contracts in progress included), and since the ordonnance n° 2017-1387 (in force 24 September 2017)
 * two unless an extended branch agreement sets another number (L1243-13; default L1243-13-1).
 * CDDs à objet défini (not renewable) and CDD senior (renewable once) have their own rules.
 *
 * @example
 * ```ts
 * valueAt(cddMaxRenewals, "2015-08-18")?.value; // 1
 * valueAt(cddMaxRenewals, "2015-08-19")?.value; // 2
 * ```
 */
export const cddMaxRenewals: Parameter<number> = {
  id: "cdd.maxRenewals",
  description: "Nombre maximal de renouvellements d'un CDD par défaut (1 avant le 19 août 2015 ; 2 ensuite ; fixé par la branche depuis le 24 septembre 2017, L1243-13, à défaut L1243-13-1)",
  unit: "count",
  values: [
    {
      effectiveFrom: "2008-05-01",
      value: 1,
      sources: [t.villageJustice2015, t.legavox2015, t.efl2015],
      verified: true,
      note:
        "Code du travail, art. L1243-13 in its recodified version (ordonnance n° 2007-329, in force 2008-05-01): « renouvelable une fois ». " +
        "Read from independent secondary sources describing the change of 2015; the series starts at the recodification (the rule is older).",
    },
    {
      effectiveFrom: "2015-08-19",
      value: 2,
      sources: [t.loi2015, t.efl2015, t.villageJustice2015],
      verified: true,
      note: "Loi n° 2015-994, published in the JO of 18 August 2015, applies from the next day, to CDDs in progress too (efl.fr).",
    },
    {
      effectiveFrom: "2017-09-24",
      value: 2,
      sources: [t.l1243_13_1, t.l1243_13, t.ord2017, t.sp],
      verified: true,
      note: "From this date the value is a default: an extended branch agreement may set another number (L1243-13); the rules say so.",
    },
  ],
};
