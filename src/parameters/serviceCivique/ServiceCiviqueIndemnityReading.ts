import type { Source } from "../Parameter.js";

/** The service civique amounts in force on a date (EUR/month, net), as returned by {@link serviceCiviqueIndemnityAt}. */
export interface ServiceCiviqueIndemnityReading {
  /** Indemnity paid by the State. */
  state: number;
  /** Minimum prestation the host must give (cash or kind). */
  hostMinimum: number;
  /** Extra state indemnity on social criteria; `undefined` when no figure could be sourced. */
  majoration: number | undefined;
  /** The State's indemnity before CSG and CRDS (computed, unverified: see {@link serviceCiviqueStateIndemnityGross}). */
  stateGross: number;
  /** The majoration before CSG and CRDS (computed, unverified). */
  majorationGross: number;
  /** What every volunteer receives at least: `state` + `hostMinimum` (without the majoration). */
  total: number;
  /** First day of the values in force. */
  effectiveFrom: string;
  /** The texts and pages the values rest on. */
  sources: Source[];
  /** `false` when a value is not confirmed (single source, inferred date, or presumed unchanged). */
  verified: boolean;
}
