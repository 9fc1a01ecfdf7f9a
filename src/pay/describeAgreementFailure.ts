import type { AgreementMinimumPayError } from "../agreement/agreementMinimumPay.js";
import { collectiveAgreement } from "../agreement/collectiveAgreement.js";
import type { Locale } from "../validate/Diagnostic.js";
import { euros } from "./euros.js";

const EN: Record<AgreementMinimumPayError["reason"], string> = {
  "invalid-input": "the input cannot be read",
  "invalid-date": "the date is not a valid YYYY-MM-DD date",
  "invalid-working-time": "the weekly hours are not between 0 and 48",
  "unknown-agreement": "the IDCC is malformed or not in the registry",
  "no-grid": "its pay grid is not encoded in this library",
  "no-value-at-date": "no grid or point value is known at that date",
  "classification-missing": "the classification gives no group, level or coefficient the grid is keyed on",
  "classification-not-found": "no rung of the grid in force at that date matches the classification",
  "classification-not-encoded": "the classification matches no encoded rung (the encoded grid is partial)",
  "classification-ambiguous": "the classification matches several rungs with different minima; give the level or coefficient",
  "no-minimum-for-classification": "the agreement sets no minimum for that rung",
};

/**
 * Why an agreement's minimum could not be computed, in the locale asked for, with the nearest rungs
 * when the classification matched none (the Labo de l'ESS offer's "Employé A 255" in 2023).
 * @internal
 */
export function describeAgreementFailure(error: AgreementMinimumPayError, idcc: string, locale: Locale): string {
  const nearest = (error.nearest ?? []).filter((n) => n.fullTimeMonthly !== undefined);
  if (locale === "fr") {
    const readings = nearest.map((n) => `${n.classification.label ?? describe(n.classification)} : ${euros(n.fullTimeMonthly!, "fr", { cents: true })}`);
    return readings.length ? `${error.message} Lectures les plus proches (temps plein) : ${readings.join(" ; ")}.` : error.message;
  }
  const name = collectiveAgreement(idcc)?.shortName ?? `IDCC ${idcc}`;
  const readings = nearest.map((n) => `${n.classification.label ?? describe(n.classification)}: ${euros(n.fullTimeMonthly!, "en", { cents: true })}`);
  return `Collective agreement ${name} (IDCC ${idcc}): ${EN[error.reason]}.${readings.length ? ` Nearest readings (full time): ${readings.join("; ")}.` : ""}`;
}

function describe(c: { group?: string; coefficient?: number; level?: number }): string {
  return [c.group && `group ${c.group}`, c.coefficient !== undefined && `coefficient ${c.coefficient}`, c.level !== undefined && `level ${c.level}`].filter(Boolean).join(", ");
}
