import type { Classification } from "../ClassificationSchema.js";

/** A grid rung close to a classification that matched none, with its full-time minimum where computable. */
export interface NearestReading {
  /**
   * How the reading relates to the classification asked for:
   * - `"same-group"`: the group's own rung at the date;
   * - `"coefficient-as-individual-points"`: the coefficient read as the group's rung plus individual points;
   * - `"same-coefficient"` / `"nearest-coefficient"`: a rung of another group with that (or the nearest) coefficient;
   * - `"earlier-grid"`: the classification matches a rung of an earlier grid (`effectiveFrom`–`effectiveUntil`);
   * - `"candidate"`: one of several rungs an ambiguous classification matches.
   */
  relation: "same-group" | "coefficient-as-individual-points" | "same-coefficient" | "nearest-coefficient" | "earlier-grid" | "candidate";
  /** The rung (or the reading) as a classification. */
  classification: Classification;
  /** Conventional full-time gross monthly minimum at the date, before the SMIC floor. */
  fullTimeMonthly?: number;
  /** How `fullTimeMonthly` was computed, in French. */
  computation?: string;
  /** For `"earlier-grid"`: first day the matching rung was in the grid. */
  effectiveFrom?: string;
  /** For `"earlier-grid"`: last day the matching rung was in the grid. */
  effectiveUntil?: string;
  /** What the reading means, in French. */
  note?: string;
}
