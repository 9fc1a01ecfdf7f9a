/** A range of money or hours; `min === max` for a single figure. */
export interface PayRange {
  /** The lower bound. */
  min: number;
  /** The upper bound. */
  max: number;
}
