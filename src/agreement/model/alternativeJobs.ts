import { euros } from "../../pay/euros.js";
import type { AgreementGridRow } from "../AgreementGrid.js";
import type { Classification } from "../ClassificationSchema.js";
import { type Computed, type ComputeFailure, isFailure } from "./AgreementModel.js";

type Result = { row: AgreementGridRow; r: Computed | ComputeFailure };

/**
 * A classification that names several métiers of the grid ("Grille des EJE ou ES", "Éducateur
 * spécialisé ou moniteur-éducateur"): the posting is open to either, and whoever is hired is owed the
 * minimum of their own métier. When the métiers' minima differ, the lowest is the posting's legal floor:
 * a pay under it is unlawful whoever is hired, a pay between the two is lawful only for the métier with
 * the lower minimum (Code du travail L2254-1: the agreement's minimum of the hired employee's
 * classification). Returns that lowest reading with a note naming the other minima, or `undefined`
 * when the rungs are not one per métier named (an ambiguous classification stays ambiguous).
 * @internal
 */
export function alternativeJobs(results: readonly Result[], c: Classification): { lowest: Result; note: string } | undefined {
  if (results.length < 2 || typeof c.label !== "string") return undefined;
  const jobs = new Set(results.map(({ row }) => row.job));
  if (jobs.has(undefined) || jobs.size !== results.length) return undefined;
  if (results.some(({ r }) => isFailure(r))) return undefined;
  const amount = ({ r }: Result) => (r as Computed).fullTimeMonthly;
  const sorted = [...results].sort((a, b) => amount(a) - amount(b));
  const lowest = sorted[0]!;
  const others = sorted.slice(1);
  const list = (xs: readonly Result[]) => xs.map((x) => `${x.row.job} (${euros(amount(x), "fr", { cents: true })})`).join(", ");
  const note =
    amount(sorted.at(-1)!) === amount(lowest)
      ? `« ${c.label} » désigne plusieurs métiers de même minimum : ${list(sorted)}.`
      : `« ${c.label} » désigne plusieurs métiers de minima différents : le plus bas, ${list([lowest])}, est le minimum conventionnel du poste quel que soit le recruté ; un salarié recruté comme ${others.map((o) => o.row.job).join(" ou ")} a droit au minimum de son métier : ${list(others)}.`;
  return { lowest, note };
}
