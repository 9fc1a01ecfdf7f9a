import type { IsoDate } from "../dates/IsoDateSchema.js";

/** A legal text or official page a value rests on. */
export interface Source {
  /** The reference as lawyers or the administration cite it ("Décret n° 2025-1228 du 17 décembre 2025"). */
  label: string;
  /** Where to read it. */
  url?: string;
}

/** The unit a parameter's values are expressed in. */
export type Unit =
  | "EUR"
  | "EUR/hour"
  | "EUR/day"
  | "EUR/month"
  | "EUR/year"
  | "EUR/meal-voucher"
  | "ratio"
  | "point"
  | "count"
  | "hour"
  | "hour/week"
  | "day"
  | "month"
  | "year";

/**
 * One value of a parameter and the date it takes effect: it applies from `effectiveFrom` until the
 * next value of the series takes effect. A `null` value means the parameter ceased to apply.
 */
export interface DatedValue<T> {
  /** First day the value applies, ISO `YYYY-MM-DD`. */
  effectiveFrom: IsoDate;
  /** The value, in the parameter's unit; `null` when the parameter no longer applies from that date. */
  value: T | null;
  /** The legal texts or official pages that set or state the value (at least one). */
  sources: readonly Source[];
  /**
   * `false` when the value could not be confirmed by a primary or two independent sources: it is kept
   * because it is the best available reading, and every result built on it says so.
   */
  verified: boolean;
  /** What a reader should know about this value (how it was derived, what is unsure). */
  note?: string;
}

/**
 * A dated, sourced parameter of French law or of a collective agreement, in the spirit of
 * OpenFisca-France's `parameters/`: a series of values, each with its effective date and its source,
 * looked up by date with {@link valueAt}.
 */
export interface Parameter<T = number> {
  /** Stable identifier (`smic.hourly`, `stage.gratificationRate`). */
  id: string;
  /** What the parameter is, in a line. */
  description: string;
  /** The unit of every value. */
  unit: Unit;
  /** The values, in increasing `effectiveFrom` order, without duplicates. */
  values: readonly DatedValue<T>[];
}
