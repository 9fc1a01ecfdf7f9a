import type { Classification } from "./ClassificationSchema.js";

/**
 * One rung of a collective agreement's classification grid, as the agreement names it: a group, a
 * level, a coefficient (points), or several of them. A grid is a list of rows; a dated grid is a
 * `Parameter<AgreementGrid>`.
 */
export interface AgreementGridRow {
  /** Group, category or degree letter or number (`"A"`, `"3"`), as in {@link Classification}. */
  group?: string;
  /** Level within the group, or the level of a specific grid (ÉCLAT's animateur technicien = 1). */
  level?: number;
  /** Coefficient (points, index) of the rung. Absent where the agreement sets none (ÉCLAT group K). */
  coefficient?: number;
  /** Socio-professional category the agreement attaches to the rung, when a source says so. */
  category?: Classification["category"];
  /** The rung as the agreement words it, in French. */
  label: string;
  /**
   * `true` for an alternative coefficient within a group (ÉCLAT group C "+10 points" for coordination):
   * matched only when the classification gives that coefficient.
   */
  alternative?: boolean;
  /** `true` for rungs of a specific grid (ÉCLAT animateurs techniciens and professeurs). */
  specific?: boolean;
  /** The métier the rung belongs to, as the agreement names it (CCN 66 "Éducateur spécialisé"), for grids by métier. */
  job?: string;
  /** For grids by seniority: the years of seniority from which the rung applies (0 = the entry step). */
  seniorityYears?: number;
}

/** A classification grid in force on a date: its rungs, and whether it lists them all. */
export interface AgreementGrid {
  /** The rungs. */
  rows: readonly AgreementGridRow[];
  /** `true` when only part of the agreement's grid is encoded (the rest was not sourced). */
  partial?: boolean;
}
