import type { EducationLevel } from "../generated/types.js";

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
