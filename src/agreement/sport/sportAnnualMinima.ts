import type { Parameter } from "../../parameters/Parameter.js";
import { AV177, AV189, AV210 } from "./sportTexts.js";

/**
 * Sport (IDCC 2511): the annual reference pay of groups 7 and 8 (cadres) for full time, in euros,
 * applied pro rata to the months elapsed (avenant n° 177 and later). Keys are the group numbers.
 */
export const sportAnnualMinima: Parameter<Readonly<Record<string, number>>> = {
  id: "agreement.2511.annualMinima",
  description: "Sport (IDCC 2511) : salaire annuel de référence brut des groupes 7 et 8 (art. 9.2.1).",
  unit: "EUR/year",
  values: [
    { effectiveFrom: "2023-01-01", value: { "7": 38958, "8": 45071 }, sources: AV177, verified: true },
    { effectiveFrom: "2023-07-01", value: { "7": 39198, "8": 45311 }, sources: AV177, verified: true },
    { effectiveFrom: "2024-01-01", value: { "7": 39798, "8": 45911 }, sources: AV189, verified: true },
    { effectiveFrom: "2025-07-01", value: { "7": 40195.98, "8": 46370.11 }, sources: AV210, verified: true },
    { effectiveFrom: "2026-01-01", value: { "7": 40597.94, "8": 46833.81 }, sources: AV210, verified: true },
  ],
};
