import { z } from "zod";
import type { EducationLevel } from "../generated/types.js";

/**
 * A level of the French nomenclature of diploma levels (décret n° 2019-14 du 8 janvier 2019):
 * 3 = CAP, BEP; 4 = Bac; 5 = Bac+2 (BTS, DUT, DEUST); 6 = Bac+3 / Bac+4 (licence, BUT, master 1);
 * 7 = Bac+5 (master, diplôme d'ingénieur); 8 = doctorat.
 */
export const EducationLevelSchema = z.int().min(3).max(8).meta({
  id: "EducationLevel",
  title: "Education level",
  description:
    "A level of the French nomenclature of diploma levels (décret 2019-14): 3 CAP/BEP, 4 Bac, 5 Bac+2, 6 Bac+3/Bac+4 (licence), 7 Bac+5 (master), 8 doctorat.",
});

/** A level of the French nomenclature of diploma levels, 3 to 8. */
export type { EducationLevel } from "../generated/types.js";

/** The usual French label of each level, as postings write it. */
export const EDUCATION_LEVEL_LABELS: Readonly<
  Record<
    EducationLevel,
    {
      /** The level's usual French name ("Bac+2"). */
      fr: string;
      /** The level in English. */
      en: string;
    }
  >
> = {
  3: { fr: "CAP, BEP", en: "CAP, BEP (vocational certificate)" },
  4: { fr: "Bac", en: "Baccalauréat" },
  5: { fr: "Bac+2", en: "Two years of higher education" },
  6: { fr: "Bac+3 / Bac+4 (licence)", en: "Bachelor's degree" },
  7: { fr: "Bac+5 (master)", en: "Master's degree" },
  8: { fr: "Doctorat", en: "Doctorate" },
};
