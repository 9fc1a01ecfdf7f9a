import { valueAt } from "../valueAt.js";
import type { ServiceCiviqueIndemnityReading } from "./ServiceCiviqueIndemnityReading.js";
import { serviceCiviqueAmountRows } from "./serviceCiviqueAmountRows.js";
import { serviceCiviqueHostMinimum } from "./serviceCiviqueHostMinimum.js";
import { serviceCiviqueStateIndemnity } from "./serviceCiviqueStateIndemnity.js";

/**
 * The service civique amounts (state indemnity, host minimum prestation, majoration; EUR/month, net)
 * in force on a date. Returns `undefined` for a malformed date or a date before 2018-01-01. Never throws.
 *
 * @param date - The date, `YYYY-MM-DD`.
 * @returns The amounts in force and their sources, or `undefined`.
 * @example
 * ```ts
 * serviceCiviqueIndemnityAt("2024-06-01"); // { state: 504.98, hostMinimum: 114.85, majoration: 114.95, total: 619.83, … }
 * ```
 */
export function serviceCiviqueIndemnityAt(date: string): ServiceCiviqueIndemnityReading | undefined {
  const state = valueAt(serviceCiviqueStateIndemnity, date);
  const host = valueAt(serviceCiviqueHostMinimum, date);
  if (state === undefined || host === undefined) return undefined;
  // The three parameters share their rows: the majoration is read from the same row (it may be unknown).
  const row = serviceCiviqueAmountRows.find((r) => r.effectiveFrom === state.effectiveFrom)!;
  return {
    state: state.value,
    hostMinimum: host.value,
    majoration: row.majoration ?? undefined,
    stateGross: row.stateGross,
    majorationGross: row.majorationGross,
    total: Math.round((state.value + host.value) * 100) / 100,
    effectiveFrom: state.effectiveFrom,
    sources: [...state.sources],
    verified: state.verified && host.verified && row.majoration !== null,
  };
}
