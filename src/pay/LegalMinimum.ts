import type { Contract } from "../contract/ContractSchema.js";
import type { Source } from "../parameters/Parameter.js";
import type { PayRange } from "./PayRange.js";

/**
 * Which legal or conventional floor applies to a contract. `work-study`: an alternance whose kind
 * (apprentissage or professionnalisation) is not chosen, from the lower of the two scales to the higher.
 */
export type LegalMinimumKind =
  | "smic"
  | "agreement"
  | "apprenticeship"
  | "professionalisation"
  | "work-study"
  | "stage-gratification"
  | "service-civique-indemnity"
  | "none";

/** The legal minimum pay of one of a posting's contracts at a date, with its computation and sources. */
export interface LegalMinimum {
  /** Index of the contract in `posting.contracts`. */
  contractIndex: number;
  /** The contract's type. */
  contractType: Contract["type"];
  /** Which floor applies; `none` when no legal minimum applies (freelance, bénévolat, short stage). */
  kind: LegalMinimumKind;
  /** The date the minimum is computed at. */
  date: string;
  /** `gross` for pay, `net` for the service-civique indemnity (paid net). */
  basis?: "gross" | "net";
  /** The minimum per month at the job's working time; a range when it depends on an unknown fact (the age). */
  monthly?: PayRange;
  /** The minimum per hour (for a gratification, per hour of presence). */
  hourly?: PayRange;
  /** The SMIC per month at the job's working time, for salaried contracts (also when an agreement's minimum is higher). */
  smicMonthly?: number;
  /** The date the SMIC value used took effect. */
  smicEffectiveFrom?: string;
  /** The weekly hours the monthly minimum is computed for. */
  weeklyHours?: number;
  /** The computation, step by step, in the locale asked for. */
  steps: string[];
  /** What the reader should know: why none applies, why a range, what could not be checked. */
  notes: string[];
  /** The legal texts and official pages of every value used. */
  sources: Source[];
  /** False when a value used is not confirmed by a primary source. */
  verified: boolean;
}
