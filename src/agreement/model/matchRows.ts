import { euros } from "../../pay/euros.js";
import type { AgreementGrid, AgreementGridRow } from "../AgreementGrid.js";
import type { Classification } from "../ClassificationSchema.js";
import { type GridModel, isFailure } from "./AgreementModel.js";
import type { NearestReading } from "./NearestReading.js";
import { jobMatches } from "./jobMatches.js";

/**
 * The rungs of a grid that a classification designates: by group, level and coefficient; by métier
 * when the classification's label names one of the grid's métiers; and, for grids by seniority, the
 * step of the seniority given, or the entry step when none is given.
 * @internal
 */
export function matchRows(grid: AgreementGrid, c: Classification, group: string | undefined): AgreementGridRow[] {
  let rows = grid.rows.filter((r) => matches(r, c, group));
  if (typeof c.label === "string" && rows.some((r) => r.job !== undefined)) {
    const byJob = rows.filter((r) => r.job !== undefined && jobMatches(r.job, c.label!));
    if (byJob.length > 0) rows = byJob;
    else if (c.coefficient === undefined && group === undefined && c.level === undefined) return [];
  }
  if (c.coefficient === undefined && rows.length > 0 && rows.every((r) => r.seniorityYears !== undefined)) {
    const wanted = typeof c.seniorityYears === "number" ? c.seniorityYears : 0;
    const jobs = new Set(rows.map((r) => r.job));
    rows = [...jobs].flatMap((job) => {
      const own = rows.filter((r) => r.job === job && !r.alternative && r.seniorityYears! <= wanted);
      const years = Math.max(...own.map((r) => r.seniorityYears!));
      return own.filter((r) => r.seniorityYears === years);
    });
  }
  return rows;
}

/** A grid rung as a classification. @internal */
export function rowToClassification(row: AgreementGridRow): Classification {
  // Assigned one by one rather than spread from conditional objects (the same keys in the same order): a lookup that finds no rung turns many rows into classifications.
  const c: Classification = {};
  if (row.category) c.category = row.category;
  if (row.group !== undefined) c.group = row.group;
  if (row.coefficient !== undefined) c.coefficient = row.coefficient;
  if (row.level !== undefined) c.level = row.level;
  if (row.seniorityYears !== undefined) c.seniorityYears = row.seniorityYears;
  c.label = row.label;
  return c;
}

function matches(row: AgreementGridRow, c: Classification, group: string | undefined): boolean {
  if (group !== undefined && row.group !== group) return false;
  if (c.level !== undefined && row.level !== c.level) return false;
  if (c.coefficient !== undefined && row.coefficient !== c.coefficient) return false;
  if (c.category !== undefined && row.category !== undefined && row.category !== c.category) return false;
  if (row.alternative && c.coefficient === undefined) return false;
  return true;
}

/** The day before each grid's effective date, computed once (the grids' dates are few). */
const DAY_BEFORE = new Map<string, string>();

function dayBefore(date: string): string {
  let before = DAY_BEFORE.get(date);
  if (before === undefined) {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    before = d.toISOString().slice(0, 10);
    DAY_BEFORE.set(date, before);
  }
  return before;
}

/** A classification in words, French. @internal */
export function describe(c: Classification): string {
  const parts: string[] = [];
  if (c.group !== undefined) parts.push(`groupe ${c.group}`);
  if (c.level !== undefined) parts.push(`niveau ${c.level}`);
  if (c.coefficient !== undefined) parts.push(`coefficient ${c.coefficient}`);
  if (c.coefficient === undefined && c.group === undefined && c.level === undefined && c.label !== undefined) parts.push(`métier « ${c.label} »`);
  return parts.join(", ") || "classification vide";
}

/** The rungs nearest to a classification that matched none. @internal */
export function nearestReadings(
  model: GridModel,
  grid: AgreementGrid,
  gridFrom: string,
  c: Classification,
  group: string | undefined,
  date: string,
): NearestReading[] {
  const readings: NearestReading[] = [];
  const used = new Set<AgreementGridRow>();
  const withPay = (row: AgreementGridRow, relation: NearestReading["relation"], note?: string) => {
    const computed = model.compute(row, date, grid);
    used.add(row);
    readings.push({
      relation,
      classification: rowToClassification(row),
      ...(isFailure(computed) ? {} : { fullTimeMonthly: computed.fullTimeMonthly, computation: `${computed.computation} = ${euros(computed.fullTimeMonthly, "fr", { cents: true })}` }),
      ...(note ? { note } : {}),
    });
  };
  // 1. The group's own rungs at the date.
  const sameGroup = group !== undefined ? grid.rows.filter((r) => r.group === group) : [];
  for (const row of sameGroup) withPay(row, "same-group", `${row.label} : coefficient ${row.coefficient ?? "(aucun)"} dans la grille en vigueur à cette date.`);
  // 2. The coefficient read as the group's rung plus individual points.
  const base = sameGroup.find((r) => !r.alternative);
  if (model.pointsBased && c.coefficient !== undefined && base?.coefficient !== undefined && c.coefficient > base.coefficient) {
    const extra = c.coefficient - base.coefficient;
    const row: AgreementGridRow = { ...base, coefficient: c.coefficient, label: `${base.label} + ${extra} points individuels (coefficient ${c.coefficient})` };
    const computed = model.compute(row, date, grid);
    readings.push({
      relation: "coefficient-as-individual-points",
      classification: rowToClassification(row),
      ...(isFailure(computed) ? {} : { fullTimeMonthly: computed.fullTimeMonthly, computation: `${computed.computation} = ${euros(computed.fullTimeMonthly, "fr", { cents: true })}` }),
      note: `Lecture possible, non vérifiée : un poste en ${base.label} (coefficient ${base.coefficient}) avec ${extra} points individuels (points complémentaires, reconstitution de carrière…).`,
    });
  }
  // 3. Rungs with the same or the nearest coefficient.
  if (c.coefficient !== undefined) {
    const candidates = grid.rows.filter((r) => r.coefficient !== undefined && !used.has(r) && !r.specific && !r.alternative);
    const distance = (r: AgreementGridRow) => Math.abs(r.coefficient! - c.coefficient!);
    const best = Math.min(...candidates.map(distance));
    for (const row of candidates.filter((r) => distance(r) === best).slice(0, 2)) {
      withPay(row, best === 0 ? "same-coefficient" : "nearest-coefficient");
    }
  }
  // 4. The classification in an earlier grid.
  if (model.history && (c.coefficient !== undefined || group !== undefined)) {
    const versions = model.history.values.filter((v) => v.effectiveFrom < gridFrom && v.value !== null);
    const find = (g: AgreementGrid, strict: boolean) =>
      g.rows.find((r) =>
        strict ? matches(r, c, group) : c.coefficient !== undefined && r.coefficient === c.coefficient && !r.alternative && !r.specific,
      );
    for (const strict of [true, false]) {
      let hit: { row: AgreementGridRow; from: string; until: string } | undefined;
      for (let i = versions.length - 1; i >= 0; i--) {
        const v = versions[i]!;
        const row = find(v.value!, strict);
        const next = model.history.values.find((w) => w.effectiveFrom > v.effectiveFrom);
        if (row === undefined) {
          if (hit) break;
          continue;
        }
        if (!hit) hit = { row, from: v.effectiveFrom, until: next ? dayBefore(next.effectiveFrom) : date };
        else if (hit.row.group === row.group && hit.row.coefficient === row.coefficient) hit.from = v.effectiveFrom;
        else break;
      }
      if (hit) {
        readings.push({
          relation: "earlier-grid",
          classification: rowToClassification(hit.row),
          effectiveFrom: hit.from,
          effectiveUntil: hit.until,
          note: `${hit.row.label} avait le coefficient ${hit.row.coefficient} dans la grille en vigueur du ${hit.from} au ${hit.until} : libellé peut-être repris d'une grille antérieure.`,
        });
        break;
      }
    }
  }
  return readings;
}
