import type { Parameter } from "../parameters/Parameter.js";
import { alisfaBaseSalary } from "./alisfaBaseSalary.js";
import { alisfaFloorBefore2024 } from "./alisfaFloorBefore2024.js";
import { alisfaPointValue } from "./alisfaPointValue.js";
import { badGrid } from "./badGrid.js";
import { badPointValue } from "./badPointValue.js";
import { eclatGrid } from "./eclatGrid.js";
import { eclatPointValue1 } from "./eclatPointValue1.js";
import { eclatPointValue2 } from "./eclatPointValue2.js";
import { sportAnnualMinima } from "./sportAnnualMinima.js";
import { sportMonthlyMinima } from "./sportMonthlyMinima.js";

/** Every dated, sourced parameter of the collective agreements' pay grids (ÉCLAT, Sport, ALISFA, BAD). */
export const AGREEMENT_PARAMETERS: readonly Parameter<unknown>[] = [
  eclatPointValue1,
  eclatPointValue2,
  eclatGrid,
  sportMonthlyMinima,
  sportAnnualMinima,
  alisfaBaseSalary,
  alisfaPointValue,
  alisfaFloorBefore2024,
  badPointValue,
  badGrid,
];
