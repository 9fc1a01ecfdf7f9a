import type { Parameter } from "../parameters/Parameter.js";
import { adulteRelaisMinAge } from "../parameters/adulteRelais/adulteRelaisMinAge.js";
import { apprenticeMaximumAge } from "../parameters/apprenticeship/apprenticeMaximumAge.js";
import { apprenticeMaximumAgeFollowingContract } from "../parameters/apprenticeship/apprenticeMaximumAgeFollowingContract.js";
import { apprenticeMinimumAge } from "../parameters/apprenticeship/apprenticeMinimumAge.js";
import { apprenticeMinimumAgeAfterCollege } from "../parameters/apprenticeship/apprenticeMinimumAgeAfterCollege.js";
import { professionalisationYouthAgeRange } from "../parameters/professionalisation/professionalisationYouthAgeRange.js";
import { serviceCiviqueMaxAge } from "../parameters/serviceCivique/serviceCiviqueMaxAge.js";
import { serviceCiviqueMaxAgeDisability } from "../parameters/serviceCivique/serviceCiviqueMaxAgeDisability.js";
import { serviceCiviqueMinAge } from "../parameters/serviceCivique/serviceCiviqueMinAge.js";
import { valueAt } from "../parameters/valueAt.js";

/**
 * The values of a dated parameter that a posting of `date` may repeat: the one in force, or, for a date
 * before the series starts, every value the series has known (the rule then judges leniently rather
 * than wrongly).
 */
function valuesAt<T>(parameter: Parameter<T>, date: string): T[] {
  const v = valueAt(parameter, date);
  if (v) return [v.value];
  const first = parameter.values[0];
  if (!first || date >= first.effectiveFrom) return []; // the parameter no longer applies
  return parameter.values.flatMap((x) => (x.value === null ? [] : [x.value]));
}

/**
 * The apprenticeship's bounds before the series of `apprenticeMaximumAge` (2019-01-01): 25 years
 * (Code du travail L6222-1 before loi n° 2018-771), and 30 in the regions that tried raising the limit
 * from 2017. Not encoded as parameters (no primary source read).
 */
const APPRENTICESHIP_BEFORE_2019_MAX = [25, 30];

/**
 * Bounds of schemes the library has no dated parameter for, repeated from their texts: emploi d'avenir
 * (16–25, 30 with a disability), CDD senior (57 and over, Code du travail D1242-2), emploi-tremplin
 * groups (16–25, 26–44, 45 and over), IAE, PEC and CUI publics (under 26 or 30, 50 and over).
 */
const LITERAL_BOUNDS: Record<string, SchemeAgeBounds> = {
  "emploi-avenir": { min: [16], max: [25], maxDisability: [30] },
  senior: { min: [57], max: [], maxDisability: [] },
  "emploi-tremplin": { min: [16, 26, 45], max: [25, 44], maxDisability: [] },
  iae: { min: [50], max: [25], maxDisability: [] },
  pec: { min: [50], max: [25], maxDisability: [30] },
  "cui-cie": { min: [50], max: [25], maxDisability: [30] },
};

/**
 * A scheme's age bounds: lower bounds, upper bounds, and the upper bounds that apply only to people
 * with a disability (service civique 30, emploi d'avenir and PEC 30), which a posting may repeat only
 * with that condition.
 * @internal
 */
export interface SchemeAgeBounds {
  min: number[];
  max: number[];
  maxDisability: number[];
}

/**
 * The age bounds a contract type or scheme sets itself at a date, which a posting may repeat, read
 * from the dated parameters where the library has them: service civique (`serviceCivique.minAge`,
 * `maxAge`, `maxAgeDisability`), apprentissage (`apprenticeship.minimumAge`, `minimumAgeAfterCollege`,
 * `maximumAge`, and 35 for the L6222-2 exceptions, `maximumAgeFollowingContract`), contrat de
 * professionnalisation (`professionalisation.youthAgeRange`: 16–25, and 26 and over for jobseekers,
 * L6325-1 2°), adulte-relais (`adulteRelais.minAge`: 30, then 26 from 2021-09-16). Other schemes:
 * their texts' figures ({@link LITERAL_BOUNDS}).
 * @internal
 */
export function schemeAgeBounds(key: string, date: string): SchemeAgeBounds {
  switch (key) {
    case "service-civique":
      return {
        min: valuesAt(serviceCiviqueMinAge, date),
        max: valuesAt(serviceCiviqueMaxAge, date),
        maxDisability: valuesAt(serviceCiviqueMaxAgeDisability, date),
      };
    case "apprentissage": {
      const before = date < (apprenticeMaximumAge.values[0]?.effectiveFrom ?? "") ? APPRENTICESHIP_BEFORE_2019_MAX : [];
      return {
        min: [...valuesAt(apprenticeMinimumAgeAfterCollege, date), ...valuesAt(apprenticeMinimumAge, date)],
        max: [...valuesAt(apprenticeMaximumAge, date), ...valuesAt(apprenticeMaximumAgeFollowingContract, date), ...before],
        maxDisability: [],
      };
    }
    case "professionnalisation": {
      const youth = valuesAt(professionalisationYouthAgeRange, date);
      return { min: youth.flatMap((y) => [y.min, y.max + 1]), max: youth.map((y) => y.max), maxDisability: [] };
    }
    case "alternance": {
      // Either contract, the posting not saying which: the bounds of both.
      const [a, p] = [schemeAgeBounds("apprentissage", date), schemeAgeBounds("professionnalisation", date)];
      return { min: [...a.min, ...p.min], max: [...a.max, ...p.max], maxDisability: [] };
    }
    case "adulte-relais":
      return { min: valuesAt(adulteRelaisMinAge, date), max: [], maxDisability: [] };
    default:
      return LITERAL_BOUNDS[key] ?? { min: [], max: [], maxDisability: [] };
  }
}
