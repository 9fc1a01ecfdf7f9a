import type { Source } from "../Parameter.js";
import { serviceCiviqueTexts as t } from "./serviceCiviqueTexts.js";

/** One set of service civique amounts (EUR/month, net), as read in the sources. */
interface ServiceCiviqueAmountRow {
  effectiveFrom: string;
  state: number;
  hostMinimum: number;
  /** `null` when no figure could be sourced for the period. */
  majoration: number | null;
  sources: readonly Source[];
  verified: boolean;
  note?: string;
}

const UNCHANGED =
  "Presumed unchanged: no revaluation found (the amounts follow the fonction publique's indice brut 244, whose value did not change as far as found); no official page for this year was found.";

/**
 * Monthly service civique amounts since 2018-01-01 (décret 2017-1821). Earlier amounts (467,34 € in
 * 2016, 472,97 € before 2018) are left out: their effective dates could not be sourced.
 * @internal
 */
export const serviceCiviqueAmountRows: readonly ServiceCiviqueAmountRow[] = [
  {
    effectiveFrom: "2018-01-01", state: 473.04, hostMinimum: 107.58, majoration: 107.68, verified: true,
    sources: [t.decree2017_1821, t.centreInffo2018, t.miloRlc, t.financeBanque, t.orientation2022],
    note: "Total 580,62 € (orientation.com: « de 580,62 € à 600,94 € » in July 2022).",
  },
  {
    effectiveFrom: "2022-07-01", state: 489.59, hostMinimum: 111.35, majoration: null, verified: false,
    sources: [t.orientation2022],
    note: "Point d'indice +3,5 % on 2022-07-01. Single source for the split (total 600,94 €). No sourced majoration figure for this period (8,22/36,11 × 489,59 ≈ 111,45 € but the ratio is off by a cent on other years), so it is left unknown.",
  },
  {
    effectiveFrom: "2023-07-01", state: 496.93, hostMinimum: 113.02, majoration: 113.13, verified: false,
    sources: [t.cdos31],
    note: "Amounts confirmed as those in force before 2024-01-01 (CDOS 31); the effective date 2023-07-01 (point d'indice +1,5 %) is inferred, not stated by the source (496,93 / 489,59 = 1,015).",
  },
  {
    effectiveFrom: "2024-01-01", state: 504.98, hostMinimum: 114.85, majoration: 114.95, verified: true,
    sources: [t.cdos31, t.prestation2024, t.whileresume],
  },
  {
    effectiveFrom: "2025-01-01", state: 504.98, hostMinimum: 114.85, majoration: 114.95, verified: false,
    sources: [t.cdos31, t.whileresume], note: UNCHANGED,
  },
  {
    effectiveFrom: "2026-01-01", state: 504.98, hostMinimum: 114.85, majoration: 114.95, verified: false,
    sources: [t.cdos31, t.whileresume], note: UNCHANGED,
  },
];
