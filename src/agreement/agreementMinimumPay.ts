import type { DatedValue, Parameter, Source } from "../parameters/Parameter.js";
import { isIsoDate } from "../parameters/isIsoDate.js";
import { smicAt } from "../parameters/smic/smicAt.js";
import { valueAt } from "../parameters/valueAt.js";
import { legalWeeklyHoursAt } from "../parameters/workingTime/legalWeeklyHoursAt.js";
import { euros } from "../pay/euros.js";
import { isRecord } from "../validate/isRecord.js";
import type { AgreementGrid, AgreementGridRow } from "./AgreementGrid.js";
import type { Classification } from "./ClassificationSchema.js";
import { collectiveAgreement } from "./collectiveAgreement.js";
import { alisfaBaseSalary } from "./alisfaBaseSalary.js";
import { alisfaFloorBefore2024 } from "./alisfaFloorBefore2024.js";
import { alisfaPointValue } from "./alisfaPointValue.js";
import { badGrid } from "./badGrid.js";
import { badPointValue } from "./badPointValue.js";
import { eclatGrid } from "./eclatGrid.js";
import { eclatPointValue1 } from "./eclatPointValue1.js";
import { eclatPointValue2 } from "./eclatPointValue2.js";
import { sportAnnualMinima } from "./sportAnnualMinima.js";
import { sportMonthlyMinima } from "./sportMonthlyMinima.js";

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

/** A conventional minimum pay, floored at the SMIC and prorated to working time. */
export interface AgreementMinimumPayResult {
  /** Always `true`: a minimum was found. */
  ok: true;
  /** The IDCC, 4 digits. */
  idcc: string;
  /** The agreement's short name. */
  agreement: string;
  /** The date asked for. */
  date: string;
  /** The grid rung used (for ALISFA: the pesée, as `coefficient`). */
  classification: Classification;
  /** Weekly working hours used (35 unless given). */
  weeklyHours: number;
  /** `weeklyHours / 35`. */
  workingTimeRatio: number;
  /** The agreement's full-time gross monthly minimum, before the SMIC floor. */
  conventionalFullTimeMonthly: number;
  /** The SMIC at the date (monthly for 35 h, hourly), when known. */
  smic?: {
    /** Gross monthly SMIC for 35 h a week. */
    monthly: number;
    /** Gross hourly SMIC. */
    hourly: number;
    /** The date this SMIC value took effect. */
    effectiveFrom: string;
  };
  /** Full-time gross monthly minimum after the SMIC floor: max(conventional, SMIC). */
  fullTimeMonthly: number;
  /** Gross monthly minimum for `weeklyHours`: `fullTimeMonthly × workingTimeRatio`, to the cent. */
  monthly: number;
  /** Gross hourly minimum: the SMIC's, or `fullTimeMonthly / 151.67`, to the cent. */
  hourly: number;
  /** Which minimum binds: the agreement's grid or the SMIC. */
  floor: "grid" | "smic";
  /** The computation, in French ("257 × 7,01 € + (265 − 257) × 6,60 € = 1 854,37 € …"). */
  computation: string;
  /** The latest effective date among the values used. */
  effectiveFrom: string;
  /** Every source of the values used. */
  sources: Source[];
  /** `false` when any value used is not confirmed (see `notes`). */
  verified: boolean;
  /** What the figure leaves out or what is unsure, in French. */
  notes: string[];
}

/** Why no minimum could be given, with the nearest readings when a classification matched no rung. */
export interface AgreementMinimumPayError {
  /** Always `false`: see `reason`. */
  ok: false;
  /** Why no minimum could be given. */
  reason: AgreementMinimumPayFailure;
  /** Explanation, in French. */
  message: string;
  /** The IDCC, when recognised. */
  idcc?: string;
  /** The SMIC (monthly, 35 h) at the date, to compare the readings with. */
  smicFullTimeMonthly?: number;
  /** For classification failures: the rungs nearest to the classification. */
  nearest?: NearestReading[];
}

/** Input of {@link agreementMinimumPay}. */
export interface AgreementMinimumPayInput {
  /** IDCC as `"1518"`, `"IDCC 1518"` or `1518`. */
  idcc: string | number;
  /** The position in the agreement's grid. ALISFA: the pesée as `coefficient`. BAD: degree as `group`, échelon as `level`. Sport: group number as `group`. */
  classification: Classification;
  /** The date, `YYYY-MM-DD`. */
  date: string;
  /** Weekly working hours; 35 (full time) when absent. */
  weeklyHours?: number;
  /** SMIC territory (Mayotte has its own SMIC). */
  territory?: "metropole" | "mayotte";
}

// ---------------------------------------------------------------------------------------------------

interface Computed {
  fullTimeMonthly: number;
  computation: string;
  sources: Source[];
  verified: boolean;
  effectiveFrom: string;
  notes: string[];
}
type ComputeFailure = { failure: AgreementMinimumPayFailure; message: string };

interface GridModel {
  kind: "grid";
  /** The grid at the date with the dated value it comes from, or undefined. */
  gridAt(date: string): { grid: AgreementGrid; dated: DatedValue<AgreementGrid> } | undefined;
  /** Earlier grid versions, newest first (for "earlier-grid" readings). */
  history?: Parameter<AgreementGrid>;
  /** Minimum for a coefficient/row at the date. */
  compute(row: AgreementGridRow, date: string, grid: AgreementGrid): Computed | ComputeFailure;
  /** Whether a coefficient above the group's rung can be read as individual points. */
  pointsBased: boolean;
  firstDate: string;
}
interface PeseeModel {
  kind: "pesee";
  compute(pesee: number, date: string): Computed | ComputeFailure;
}

const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;
const lf = (id: string) => `https://www.legifrance.gouv.fr/conv_coll/id/${id}`;
const isFailure = (x: Computed | ComputeFailure): x is ComputeFailure => "failure" in x;
const maxDate = (...dates: string[]) => dates.reduce((a, b) => (a > b ? a : b));

function addSources(into: Source[], from: readonly Source[]) {
  for (const s of from) if (!into.some((t) => t.label === s.label && t.url === s.url)) into.push(s);
}

function gridAtOf(parameter: Parameter<AgreementGrid>) {
  return (date: string) => {
    const dated = valueAt(parameter, date);
    return dated ? { grid: dated.value, dated } : undefined;
  };
}

const ECLAT_FORMULA: Source = {
  label: "ÉCLAT, annexe I, art. 1.7.1.3 a) : salaire conventionnel = coefficient du groupe A × V1 + (coefficient − coefficient du groupe A) × V2 (KALIARTI000053180432)",
  url: lf("KALIARTI000053180432"),
};

const ECLAT: GridModel = {
  kind: "grid",
  gridAt: gridAtOf(eclatGrid),
  history: eclatGrid,
  pointsBased: true,
  firstDate: eclatGrid.values[0]!.effectiveFrom,
  compute(row, date, grid) {
    const coefficient = row.coefficient;
    if (coefficient === undefined) return { failure: "no-minimum-for-classification", message: `${row.label} : l'accord ne fixe pas de coefficient ni de minimum.` };
    const gridDated = valueAt(eclatGrid, date)!;
    const v1 = valueAt(eclatPointValue1, date);
    if (!v1) return { failure: "no-value-at-date", message: `Valeur du point ÉCLAT inconnue au ${date}.` };
    const v2 = valueAt(eclatPointValue2, date);
    const sources: Source[] = [];
    const notes: string[] = [
      "Minimum conventionnel hors points d'ancienneté, de reconstitution de carrière, de maîtrise et indemnités (valorisés à part).",
    ];
    let fullTimeMonthly: number;
    let computation: string;
    if (v2) {
      const a = grid.rows.find((r) => r.group === "A" && !r.alternative)?.coefficient;
      if (a === undefined) return { failure: "no-value-at-date", message: `Coefficient du groupe A inconnu au ${date}.` };
      fullTimeMonthly = round2(a * v1.value + (coefficient - a) * v2.value);
      computation =
        coefficient === a
          ? `${a} × ${euros(v1.value)} (V1)`
          : `${a} × ${euros(v1.value)} (V1) + (${coefficient} − ${a}) × ${euros(v2.value)} (V2)`;
      addSources(sources, [ECLAT_FORMULA]);
    } else {
      fullTimeMonthly = round2(coefficient * v1.value);
      computation = `${coefficient} × ${euros(v1.value)}`;
    }
    addSources(sources, gridDated.sources);
    addSources(sources, v1.sources);
    if (v2) addSources(sources, v2.sources);
    for (const d of [gridDated, v1, ...(v2 ? [v2] : [])]) if (d.note && !notes.includes(d.note)) notes.push(d.note);
    if (row.specific) notes.push("Grille spécifique : la rémunération est proratisée au temps de service par rapport à la référence temps plein de la grille.");
    if (!v2 && date < "2022-01-01") notes.push("Avant 2022 : valeur de point unique (salaire = coefficient × valeur du point).");
    return {
      fullTimeMonthly,
      computation,
      sources,
      verified: gridDated.verified && v1.verified && (v2?.verified ?? true),
      effectiveFrom: maxDate(gridDated.effectiveFrom, v1.effectiveFrom, v2?.effectiveFrom ?? ""),
      notes,
    };
  },
};

const BAD_FORMULA: Source = {
  label: "BAD, Titre III, art. 12 : salaire de base = valeur du point × coefficient, pour 35 h, sans pouvoir être inférieur au SMIC (KALIARTI000047789002)",
  url: lf("KALIARTI000047789002"),
};

const BAD: GridModel = {
  kind: "grid",
  gridAt: gridAtOf(badGrid),
  pointsBased: true,
  firstDate: badGrid.values[0]!.effectiveFrom,
  compute(row, date) {
    const gridDated = valueAt(badGrid, date)!;
    const point = valueAt(badPointValue, date);
    if (!point) return { failure: "no-value-at-date", message: `Valeur du point BAD inconnue au ${date}.` };
    if (row.coefficient === undefined) return { failure: "no-minimum-for-classification", message: `${row.label} : pas de coefficient.` };
    const sources: Source[] = [BAD_FORMULA];
    addSources(sources, gridDated.sources);
    addSources(sources, point.sources);
    const notes = ["Salaire de base hors éléments complémentaires de rémunération (ECR : diplôme, ancienneté…, art. 19)."];
    for (const d of [gridDated, point]) if (d.note) notes.push(d.note);
    return {
      fullTimeMonthly: round2(row.coefficient * point.value),
      computation: `${row.coefficient} × ${euros(point.value)}`,
      sources,
      verified: gridDated.verified && point.verified,
      effectiveFrom: maxDate(gridDated.effectiveFrom, point.effectiveFrom),
      notes,
    };
  },
};

const SPORT_CATEGORY: Record<string, Classification["category"]> = {
  "1": "ouvrier-employe",
  "2": "ouvrier-employe",
  "3": "technicien-agent-de-maitrise",
  "4": "technicien-agent-de-maitrise",
  "5": "technicien-agent-de-maitrise",
  "6": "cadre",
  "7": "cadre",
  "8": "cadre",
};

const SPORT: GridModel = {
  kind: "grid",
  pointsBased: false,
  firstDate: sportMonthlyMinima.values[0]!.effectiveFrom,
  gridAt(date) {
    const monthly = valueAt(sportMonthlyMinima, date);
    const annual = valueAt(sportAnnualMinima, date);
    if (!monthly || !annual) return undefined;
    const groups = [...Object.keys(monthly.value), ...Object.keys(annual.value)].sort();
    const grid: AgreementGrid = {
      rows: groups.map((g) => ({
        group: g,
        category: SPORT_CATEGORY[g],
        label: g === "8" ? "Groupe 8 (cadre dirigeant)" : `Groupe ${g}`,
      })),
    };
    return { grid, dated: { ...monthly, value: grid } };
  },
  compute(row, date) {
    const monthly = valueAt(sportMonthlyMinima, date)!;
    const annual = valueAt(sportAnnualMinima, date)!;
    const g = row.group!;
    const sources: Source[] = [
      { label: "Sport, art. 9.2.1 : salaires minima conventionnels par groupe (durée légale)", url: lf("KALIARTI000051946561") },
    ];
    const notes = [
      "Minimum du groupe pour un salarié à temps plein ; les entraîneurs et sportifs professionnels ont leurs propres minima (art. 12.6), non encodés.",
    ];
    if (g in monthly.value) {
      addSources(sources, monthly.sources);
      if (monthly.note) notes.push(monthly.note);
      return {
        fullTimeMonthly: monthly.value[g]!,
        computation: `Groupe ${g} : ${euros(monthly.value[g]!)} par mois`,
        sources,
        verified: monthly.verified,
        effectiveFrom: monthly.effectiveFrom,
        notes,
      };
    }
    addSources(sources, annual.sources);
    notes.push("Groupes 7 et 8 : salaire annuel de référence, apprécié au prorata des mois écoulés (ici ramené au mois, / 12).");
    const yearly = annual.value[g]!;
    return {
      fullTimeMonthly: round2(yearly / 12),
      computation: `Groupe ${g} : ${euros(yearly)} par an / 12`,
      sources,
      verified: annual.verified,
      effectiveFrom: annual.effectiveFrom,
      notes,
    };
  },
};

const ALISFA: PeseeModel = {
  kind: "pesee",
  compute(pesee, date) {
    const point = valueAt(alisfaPointValue, date);
    const ssc = valueAt(alisfaBaseSalary, date);
    const sources: Source[] = [];
    const notes: string[] = [];
    if (ssc && point) {
      // System of avenant n° 10-2022 (from 2024-01-01): SSC + pesée × point, annual, in twelfths.
      const annual = ssc.value + pesee * point.value;
      addSources(sources, [
        {
          label: "ALISFA, chapitre V (avenant n° 10-2022), art. 1 et 4 : rémunération de base = SSC + valeur du point × pesée, annuelle, équivalent temps plein",
          url: lf("KALITEXT000047348147"),
        },
      ]);
      addSources(sources, ssc.sources);
      addSources(sources, point.sources);
      notes.push("Minimum hors points d'ancienneté (1 point par an), de compétences et points cadres, valorisés à la valeur du point.");
      let verified = ssc.verified && point.verified;
      for (const d of [ssc, point]) if (d.note) notes.push(d.note);
      if (date >= "2025-01-01") {
        verified = false;
        notes.push("Les valeurs 2025 et suivantes (SSC, point) n'ont pas été trouvées : calcul fait avec les dernières valeurs connues (2024), qui sous-estiment probablement le minimum.");
      }
      return {
        fullTimeMonthly: round2(annual / 12),
        computation: `(${euros(ssc.value)} + ${pesee} × ${euros(point.value)}) / 12`,
        sources,
        verified,
        effectiveFrom: maxDate(ssc.effectiveFrom, point.effectiveFrom),
        notes,
      };
    }
    const floor = valueAt(alisfaFloorBefore2024, date);
    if (!point || !floor) {
      return { failure: "no-value-at-date", message: `Valeurs ALISFA inconnues au ${date} (encodées à partir du 2023-06-01).` };
    }
    // Former chapter V: base = point × pesée (not below pesée 301), compared with the RMB.
    const base = point.value * Math.max(pesee, 301);
    const rmb = floor.value + 15 * Math.max(0, pesee - 292);
    const annual = Math.max(base, rmb);
    addSources(sources, [
      { label: "ALISFA, ancien chapitre V, art. 1 (KALIARTI000048058640)", url: lf("KALIARTI000048058640") },
    ]);
    addSources(sources, point.sources);
    addSources(sources, floor.sources);
    notes.push(
      "Ancien système (jusqu'au 31/12/2023) : max(valeur du point × max(pesée, 301) ; plancher + 15 € × (pesée − 292)). Lecture des notes de recherche, non vérifiée sur le texte ; hors RIS.",
    );
    return {
      fullTimeMonthly: round2(annual / 12),
      computation: `max(${euros(point.value)} × ${Math.max(pesee, 301)} ; ${euros(floor.value)} + ${euros(15)} × ${Math.max(0, pesee - 292)}) / 12`,
      sources,
      verified: false,
      effectiveFrom: maxDate(point.effectiveFrom, floor.effectiveFrom),
      notes,
    };
  },
};

const MODELS: Record<string, GridModel | PeseeModel> = { "1518": ECLAT, "2511": SPORT, "2941": BAD, "1261": ALISFA };

// ---------------------------------------------------------------------------------------------------

function rowToClassification(row: AgreementGridRow): Classification {
  return {
    ...(row.category ? { category: row.category } : {}),
    ...(row.group !== undefined ? { group: row.group } : {}),
    ...(row.coefficient !== undefined ? { coefficient: row.coefficient } : {}),
    ...(row.level !== undefined ? { level: row.level } : {}),
    label: row.label,
  };
}

function matches(row: AgreementGridRow, c: Classification, group: string | undefined): boolean {
  if (group !== undefined && row.group !== group) return false;
  if (c.level !== undefined && row.level !== c.level) return false;
  if (c.coefficient !== undefined && row.coefficient !== c.coefficient) return false;
  if (c.category !== undefined && row.category !== undefined && row.category !== c.category) return false;
  if (row.alternative && c.coefficient === undefined) return false;
  return true;
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function describe(c: Classification): string {
  const parts: string[] = [];
  if (c.group !== undefined) parts.push(`groupe ${c.group}`);
  if (c.level !== undefined) parts.push(`niveau ${c.level}`);
  if (c.coefficient !== undefined) parts.push(`coefficient ${c.coefficient}`);
  return parts.join(", ") || "classification vide";
}

function nearestReadings(
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

/**
 * The minimum gross pay a collective agreement sets for a classification on a date, floored at the
 * SMIC in force that day and prorated to working time (`weeklyHours / 35`). Encoded grids: ÉCLAT
 * (1518, groups A–K and coefficients, V1/V2 since 2022, single point value 2019–2021), Sport (2511,
 * amounts per group since 2023), ALISFA (1261, SSC + pesée × point since 2024; former system from
 * June 2023), BAD (2941, coefficient × point, employé degrees 1–2 since 2024).
 *
 * A classification that matches no rung of the grid in force is reported (`classification-not-found`)
 * with the nearest readings, never accepted as is.
 *
 * Never throws: an input that is not an object, or whose reading throws, gives `{ ok: false, reason:
 * "invalid-input" }`.
 *
 * @param input - The agreement's `idcc`, the `classification`, the `date`, and optionally `weeklyHours`
 *   (35 when absent) and the SMIC's `territory`.
 * @returns `{ ok: true, monthly, fullTimeMonthly, hourly, floor, computation, sources, … }`, or
 *   `{ ok: false, reason, message, nearest? }`.
 * @example
 * ```ts
 * const r = agreementMinimumPay({ idcc: "1518", classification: { group: "B" }, date: "2024-06-01", weeklyHours: 28 });
 * if (r.ok) {
 *   r.fullTimeMonthly; // 1854.37 (257 × 7,01 € + 8 × 6,60 €)
 *   r.monthly;         // 1483.5 (× 28/35)
 * }
 * agreementMinimumPay({ idcc: "1518", classification: { group: "A", coefficient: 255 }, date: "2023-09-01" });
 * // { ok: false, reason: "classification-not-found", nearest: [A 250 → 1712.50, A + 5 points → 1745.00, …] }
 * ```
 */
export function agreementMinimumPay(input: AgreementMinimumPayInput): AgreementMinimumPayResult | AgreementMinimumPayError {
  if (!isRecord(input)) return { ok: false, reason: "invalid-input", message: "Entrée invalide : un objet { idcc, classification, date } est attendu." };
  try {
    return minimumPay(input);
  } catch {
    return { ok: false, reason: "invalid-input", message: "Entrée illisible : une propriété ne peut pas être lue." };
  }
}

function minimumPay(input: AgreementMinimumPayInput): AgreementMinimumPayResult | AgreementMinimumPayError {
  const { date, classification: c } = input;
  if (!isIsoDate(date)) return { ok: false, reason: "invalid-date", message: `Date invalide : ${String(date)} (attendu AAAA-MM-JJ).` };
  const fullTimeHours = legalWeeklyHoursAt(date).value;
  const weeklyHours = input.weeklyHours ?? fullTimeHours;
  if (typeof weeklyHours !== "number" || !Number.isFinite(weeklyHours) || weeklyHours <= 0 || weeklyHours > 48) {
    return { ok: false, reason: "invalid-working-time", message: `Durée hebdomadaire invalide : ${String(weeklyHours)} (attendu un nombre d'heures entre 0 et 48).` };
  }
  const agreement = collectiveAgreement(input.idcc);
  if (!agreement) {
    return { ok: false, reason: "unknown-agreement", message: `IDCC inconnu ou mal formé : ${String(input.idcc)}.` };
  }
  const idcc = agreement.idcc;
  const model = MODELS[idcc];
  if (!model) {
    return {
      ok: false,
      reason: "no-grid",
      idcc,
      message: `La grille de la convention ${agreement.shortName} (IDCC ${idcc}) n'est pas encodée.${agreement.note ? ` ${agreement.note}` : ""}`,
    };
  }
  const smic = smicAt(date, input.territory ? { territory: input.territory } : undefined);
  const smicField = smic ? { smicFullTimeMonthly: smic.monthly } : {};
  const cls: Classification = c && typeof c === "object" ? c : {};
  const group = typeof cls.group === "string" ? cls.group.trim().toUpperCase() : undefined;

  let computed: Computed;
  let matched: Classification;
  if (model.kind === "pesee") {
    if (typeof cls.coefficient !== "number" || !Number.isInteger(cls.coefficient) || cls.coefficient < 0) {
      return { ok: false, reason: "classification-missing", idcc, message: "ALISFA : indiquer la pesée du poste dans `coefficient` (nombre entier de points).", ...smicField };
    }
    const r = model.compute(cls.coefficient, date);
    if (isFailure(r)) return { ok: false, reason: r.failure, idcc, message: r.message, ...smicField };
    computed = r;
    matched = { ...(cls.category ? { category: cls.category } : {}), coefficient: cls.coefficient, label: `Pesée ${cls.coefficient}` };
  } else {
    if (group === undefined && cls.level === undefined && cls.coefficient === undefined) {
      return { ok: false, reason: "classification-missing", idcc, message: `${agreement.shortName} : la classification doit indiquer un groupe, un niveau ou un coefficient.`, ...smicField };
    }
    const at = model.gridAt(date);
    if (!at) {
      return {
        ok: false,
        reason: "no-value-at-date",
        idcc,
        message: `Aucune grille ${agreement.shortName} encodée au ${date}${date < model.firstDate ? ` (première grille encodée : ${model.firstDate})` : ""}.`,
        ...smicField,
      };
    }
    const { grid, dated } = at;
    let rows = grid.rows.filter((r) => matches(r, cls, group));
    // Prefer the general grid over the specific one when both match a bare coefficient.
    if (cls.level === undefined && rows.some((r) => !r.specific)) rows = rows.filter((r) => !r.specific);
    if (rows.length === 0) {
      const nearest = nearestReadings(model, grid, dated.effectiveFrom, cls, group, date);
      const reason = grid.partial ? "classification-not-encoded" : "classification-not-found";
      return {
        ok: false,
        reason,
        idcc,
        message:
          reason === "classification-not-found"
            ? `${agreement.shortName} : aucun échelon de la grille en vigueur au ${date} (depuis le ${dated.effectiveFrom}) ne correspond à « ${cls.label ?? describe(cls)} » (${describe(cls)}).`
            : `${agreement.shortName} : « ${cls.label ?? describe(cls)} » ne correspond à aucun échelon encodé au ${date} ; la grille encodée est partielle.`,
        ...smicField,
        nearest,
      };
    }
    const results = rows.map((row) => ({ row, r: model.compute(row, date, grid) }));
    const amounts = new Set(results.map(({ r }) => (isFailure(r) ? NaN : r.fullTimeMonthly)));
    if (amounts.size > 1) {
      return {
        ok: false,
        reason: "classification-ambiguous",
        idcc,
        message: `${agreement.shortName} : « ${cls.label ?? describe(cls)} » correspond à plusieurs échelons de minima différents ; préciser le niveau ou le coefficient.`,
        ...smicField,
        nearest: results.map(({ row, r }) => ({
          relation: "candidate" as const,
          classification: rowToClassification(row),
          ...(isFailure(r) ? {} : { fullTimeMonthly: r.fullTimeMonthly, computation: `${r.computation} = ${euros(r.fullTimeMonthly, "fr", { cents: true })}` }),
        })),
      };
    }
    const first = results[0]!;
    if (isFailure(first.r)) return { ok: false, reason: first.r.failure, idcc, message: first.r.message, ...smicField };
    computed = first.r;
    matched = rowToClassification(first.row);
  }

  // SMIC floor and working time.
  const ratio = weeklyHours / fullTimeHours;
  const notes = [...computed.notes];
  const sources = [...computed.sources];
  let floor: "grid" | "smic" = "grid";
  let fullTimeMonthly = computed.fullTimeMonthly;
  let computation = `${computed.computation} = ${euros(computed.fullTimeMonthly, "fr", { cents: true })} brut mensuel à temps plein`;
  let verified = computed.verified;
  if (smic) {
    addSources(sources, smic.sources);
    addSources(sources, [
      { label: "Code du travail, art. D3231-5 et D3231-6 (complément jusqu'au SMIC)", url: "https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006072050/LEGISCTA000018533880/" },
    ]);
    if (!smic.verified) verified = false;
    if (smic.monthly > computed.fullTimeMonthly) {
      floor = "smic";
      fullTimeMonthly = smic.monthly;
      computation += ` < SMIC ${euros(smic.monthly, "fr", { cents: true })} (depuis le ${smic.effectiveFrom}) : le SMIC s'applique`;
    } else {
      computation += ` ≥ SMIC ${euros(smic.monthly, "fr", { cents: true })}`;
    }
  } else {
    notes.push(`SMIC inconnu au ${date} : minimum conventionnel non comparé au SMIC.`);
    verified = false;
  }
  const monthly = round2(fullTimeMonthly * ratio);
  if (weeklyHours !== fullTimeHours) {
    computation += ` ; × ${String(weeklyHours).replace(".", ",")} h / ${fullTimeHours} h = ${euros(monthly, "fr", { cents: true })}`;
  }
  if (weeklyHours > fullTimeHours) notes.push("Au-delà de 35 h, les heures supplémentaires sont comptées sans majoration dans ce calcul.");
  if (idcc === "2511" && weeklyHours < 24) {
    notes.push("Sport : pour un temps partiel de moins de 24 h, le minimum horaire du groupe est majoré (art. 9.2.2, par exemple +5 % jusqu'à 10 h) ; majoration non appliquée ici.");
  }
  const monthlyHours = Math.round(((fullTimeHours * 52) / 12) * 100) / 100;
  return {
    ok: true,
    idcc,
    agreement: agreement.shortName,
    date,
    classification: matched,
    weeklyHours,
    workingTimeRatio: ratio,
    conventionalFullTimeMonthly: computed.fullTimeMonthly,
    ...(smic ? { smic: { monthly: smic.monthly, hourly: smic.hourly, effectiveFrom: smic.effectiveFrom } } : {}),
    fullTimeMonthly,
    monthly,
    hourly: floor === "smic" && smic ? smic.hourly : round2(fullTimeMonthly / monthlyHours),
    floor,
    computation,
    effectiveFrom: smic ? maxDate(computed.effectiveFrom, smic.effectiveFrom) : computed.effectiveFrom,
    sources,
    verified,
    notes,
  };
}
