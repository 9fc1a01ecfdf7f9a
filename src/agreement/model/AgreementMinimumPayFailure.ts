/** Why {@link agreementMinimumPay} could not give a minimum. */
export type AgreementMinimumPayFailure =
  /** The input is not an object, or cannot be read (a throwing accessor or proxy). */
  | "invalid-input"
  /** The date is not an existing `YYYY-MM-DD` date. */
  | "invalid-date"
  /** `weeklyHours` is not a number of hours in (0, 48]. */
  | "invalid-working-time"
  /** The IDCC is malformed or not in the registry. */
  | "unknown-agreement"
  /** The agreement is in the registry but its grid is not encoded. */
  | "no-grid"
  /** The grid or a value it needs is not known at the date. */
  | "no-value-at-date"
  /** The classification gives nothing the grid is keyed on (no group, level or coefficient, or no pesée for ALISFA). */
  | "classification-missing"
  /** No rung of the grid in force at the date matches the classification. */
  | "classification-not-found"
  /** No rung matches, but the encoded grid is partial: the rung may exist in the part not encoded. */
  | "classification-not-encoded"
  /** Several rungs with different minima match (a group without its level or coefficient). */
  | "classification-ambiguous"
  /** The rung exists but the agreement sets no minimum for it (ÉCLAT group K, cadre dirigeant). */
  | "no-minimum-for-classification";
