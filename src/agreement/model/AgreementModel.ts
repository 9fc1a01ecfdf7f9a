import type { DatedValue, Parameter, Source } from "../../parameters/Parameter.js";
import { valueAt } from "../../parameters/valueAt.js";
import type { AgreementGrid, AgreementGridRow } from "../AgreementGrid.js";
import type { AgreementMinimumPayFailure } from "./AgreementMinimumPayFailure.js";

/** A conventional full-time monthly minimum, before the SMIC floor, with how it was computed. @internal */
export interface Computed {
  fullTimeMonthly: number;
  computation: string;
  sources: Source[];
  verified: boolean;
  effectiveFrom: string;
  notes: string[];
}

/** Why a model gives no minimum. @internal */
export type ComputeFailure = { failure: AgreementMinimumPayFailure; message: string };

/**
 * An agreement whose minimum is read from a grid of rungs (groups, levels, coefficients, métiers).
 * @internal
 */
export interface GridModel {
  kind: "grid";
  /** The grid at the date with the dated value it comes from, or undefined. */
  gridAt(date: string): { grid: AgreementGrid; dated: DatedValue<AgreementGrid> } | undefined;
  /** Earlier grid versions (for "earlier-grid" readings). */
  history?: Parameter<AgreementGrid>;
  /** Minimum for a row at the date. */
  compute(row: AgreementGridRow, date: string, grid: AgreementGrid): Computed | ComputeFailure;
  /** Whether a coefficient above the group's rung can be read as individual points. */
  pointsBased: boolean;
  /** First date a grid is encoded. */
  firstDate: string;
  /** Every dated series the model reads (listed in AGREEMENT_PARAMETERS and by the freshness check). */
  parameters: readonly Parameter<unknown>[];
}

/** An agreement whose minimum is computed from a job weighting (ALISFA's pesée). @internal */
export interface PeseeModel {
  kind: "pesee";
  compute(pesee: number, date: string): Computed | ComputeFailure;
  parameters: readonly Parameter<unknown>[];
}

/** How one agreement's minimum is computed. @internal */
export type AgreementModel = GridModel | PeseeModel;

/** @internal */
export const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;
/** Légifrance page of a KALI text or article. @internal */
export const lf = (id: string) => `https://www.legifrance.gouv.fr/conv_coll/id/${id}`;
/** @internal */
export const isFailure = (x: Computed | ComputeFailure): x is ComputeFailure => "failure" in x;
/** @internal */
export const maxDate = (...dates: string[]) => dates.reduce((a, b) => (a > b ? a : b));

/** Appends sources not already listed. @internal */
export function addSources(into: Source[], from: readonly Source[]) {
  for (const s of from) if (!into.some((t) => t.label === s.label && t.url === s.url)) into.push(s);
}

/** `gridAt` of a model whose grid is one dated series. @internal */
export function gridAtOf(parameter: Parameter<AgreementGrid>) {
  return (date: string) => {
    const dated = valueAt(parameter, date);
    return dated ? { grid: dated.value, dated } : undefined;
  };
}
