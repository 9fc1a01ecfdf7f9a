import { z } from "zod";

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
