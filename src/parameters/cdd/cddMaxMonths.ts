import type { Parameter } from "../Parameter.js";
import { cddTexts as t } from "./cddTexts.js";

/**
 * The default maximum total duration of a CDD concluded for a reason of L1242-2 (replacement,
 * temporary increase of activity…), renewals included, in months: 18. It was set by Code du travail
 * L1242-8 until 23 September 2017; since the ordonnance n° 2017-1387 (in force 24 September 2017), an
 * extended branch agreement may set the maximum (L1242-8) and 18 months applies when it does not
 * (L1242-8-1). Shorter (9 months) and longer (24 months) cases of the same articles are not encoded.
 *
 * @example
 * ```ts
 * valueAt(cddMaxMonths, "2024-02-05")?.value; // 18
 * ```
 */
export const cddMaxMonths: Parameter<number> = {
  id: "cdd.maxMonths",
  description: "Durée maximale par défaut d'un CDD, renouvellements compris (18 mois ; fixée par la branche depuis le 24 septembre 2017, L1242-8, à défaut L1242-8-1)",
  unit: "month",
  values: [
    {
      effectiveFrom: "2008-05-01",
      value: 18,
      sources: [t.villageJustice2015, t.legavox2015],
      verified: true,
      note:
        "Code du travail, art. L1242-8 in its recodified version (ordonnance n° 2007-329, in force 2008-05-01): « La durée totale du contrat de travail à durée déterminée ne peut excéder dix-huit mois », renewal included; no branch agreement could set another. " +
        "Read from two independent secondary sources; the series starts at the recodification (the 18 months are older, former art. L122-1-2).",
    },
    {
      effectiveFrom: "2017-09-24",
      value: 18,
      sources: [t.l1242_8_1, t.l1242_8, t.ord2017, t.sp],
      verified: true,
      note: "From this date the value is a default: an extended branch agreement may set another maximum (L1242-8); the rules say so.",
    },
  ],
};
