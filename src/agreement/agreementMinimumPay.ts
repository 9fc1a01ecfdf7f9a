import type { Source } from "../parameters/Parameter.js";
import { isIsoDate } from "../parameters/isIsoDate.js";
import { smicAt } from "../parameters/smic/smicAt.js";
import { smicCaveat } from "../parameters/smic/smicCaveat.js";
import { legalWeeklyHoursAt } from "../parameters/workingTime/legalWeeklyHoursAt.js";
import { euros } from "../pay/euros.js";
import { isRecord } from "../validate/isRecord.js";
import { AGREEMENT_MODELS } from "./AGREEMENT_MODELS.js";
import type { Classification } from "./ClassificationSchema.js";
import { collectiveAgreement } from "./collectiveAgreement.js";
import { type Computed, addSources, isFailure, maxDate, round2 } from "./model/AgreementModel.js";
import type { AgreementMinimumPayFailure } from "./model/AgreementMinimumPayFailure.js";
import { alternativeJobs } from "./model/alternativeJobs.js";
import { describe, matchRows, nearestReadings, rowToClassification } from "./model/matchRows.js";

export type { AgreementMinimumPayFailure } from "./model/AgreementMinimumPayFailure.js";
export type { NearestReading } from "./model/NearestReading.js";
import type { NearestReading } from "./model/NearestReading.js";

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
  const model = AGREEMENT_MODELS[idcc];
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
    const missing = () =>
      ({ ok: false, reason: "classification-missing", idcc, message: `${agreement.shortName} : la classification doit indiquer un groupe, un niveau ou un coefficient${model.gridAt(date)?.grid.rows.some((r) => r.job) ? ", ou le métier" : ""}.`, ...smicField }) as const;
    const bare = group === undefined && cls.level === undefined && cls.coefficient === undefined;
    if (bare && typeof cls.label !== "string") return missing();
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
    if (bare && !grid.rows.some((r) => r.job !== undefined)) return missing();
    let rows = matchRows(grid, cls, group);
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
    let results = rows.map((row) => ({ row, r: model.compute(row, date, grid) }));
    const alternatives = alternativeJobs(results, cls);
    if (alternatives) results = [alternatives.lowest];
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
    const years = first.row.seniorityYears;
    if (years !== undefined && cls.coefficient === undefined) {
      const step = years === 0 ? "l'échelon de début" : `l'échelon « après ${years} an${years > 1 ? "s" : ""} »`;
      computed = {
        ...computed,
        computation: `${first.row.label} : ${computed.computation}`,
        notes: [
          ...computed.notes,
          typeof cls.seniorityYears === "number"
            ? `Ancienneté de ${cls.seniorityYears} an${cls.seniorityYears > 1 ? "s" : ""} : ${step} de la grille.`
            : `Ancienneté non précisée : ${step} de la grille est retenu (minimum à l'embauche sans reprise d'ancienneté).`,
        ],
      };
    }
    if (alternatives) computed = { ...computed, notes: [...computed.notes, alternatives.note] };
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
    const caveat = smicCaveat(smic);
    if (caveat) notes.push(caveat.fr);
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
