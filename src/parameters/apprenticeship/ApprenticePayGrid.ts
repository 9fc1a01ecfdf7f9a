import type { ApprenticeAgeBracket } from "./ApprenticeAgeBracket.js";

/**
 * One version of the apprentice minimum-pay grid: for each age bracket, the minimum pay as a ratio of
 * the SMIC in the 1st, 2nd and 3rd year of execution of the contract.
 */
export interface ApprenticePayGrid {
  /** Ratios of the SMIC, indexed by age bracket then by contract year − 1. */
  rates: Readonly<Record<ApprenticeAgeBracket, readonly [number, number, number]>>;
  /**
   * From this age the percentage applies to the higher of the SMIC and the collective agreement's
   * minimum for the job ("salaire minimum conventionnel"); `null` when the grid has no such rule.
   */
  agreementMinimumFromAge: number | null;
}
