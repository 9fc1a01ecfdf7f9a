import type { DatedValue, Source } from "../Parameter.js";
import { serviceCiviqueTexts as t } from "./serviceCiviqueTexts.js";

/** One set of service civique amounts (EUR/month, net), as read in the sources. */
interface ServiceCiviqueAmountRow {
  effectiveFrom: string;
  state: number;
  hostMinimum: number;
  /** `null` when no figure could be sourced for the period. */
  majoration: number | null;
  /** The State's indemnity before CSG and CRDS (36,11 % of the pay at indice brut 244). */
  stateGross: number;
  /** The majoration before CSG and CRDS (8,22 % of the pay at indice brut 244). */
  majorationGross: number;
  sources: readonly Source[];
  verified: boolean;
  note?: string;
}

/**
 * How the gross amounts were obtained: no official page found states them, so they are computed from
 * the Code (36,11 % and 8,22 % of the monthly pay at indice brut 244, i.e. indice majoré 309, 314 from
 * 2024) and the point d'indice; with CSG (9,2 %) and CRDS (0,5 %) on 98,25 % they give back the
 * published net amounts to the cent (473,04 €, 489,59 €, 504,98 €; 107,68 €, 111,45 €, 114,95 €; 2023-H2 a cent off).
 */
const GROSS_NOTE =
  "Gross amounts computed, not published: 36,11 % (and 8,22 %) of the monthly pay at indice majoré 309 (314 from 2024) × the point d'indice; less CSG 9,2 % and CRDS 0,5 % on 98,25 % they give back the published net amounts to the cent (to a cent in 2023-H2, where the published 496,93 € and 113,13 € are a cent off the computation either way).";

const UNCHANGED =
  "Presumed unchanged: no revaluation found (the amounts follow the fonction publique's indice brut 244, whose value did not change as far as found); no official page for this year was found.";

/**
 * Monthly service civique amounts since 2018-01-01 (décret 2017-1821). Earlier amounts (467,34 € in
 * 2016, 472,97 € before 2018) are left out: their effective dates could not be sourced.
 * @internal
 */
export const serviceCiviqueAmountRows: readonly ServiceCiviqueAmountRow[] = [
  {
    effectiveFrom: "2018-01-01", state: 473.04, hostMinimum: 107.58, majoration: 107.68, stateGross: 522.87, majorationGross: 119.02, verified: true,
    sources: [t.decree2017_1821, t.centreInffo2018, t.miloRlc, t.financeBanque, t.orientation2022],
    note: "Total 580,62 € (orientation.com: « de 580,62 € à 600,94 € » in July 2022).",
  },
  {
    effectiveFrom: "2022-07-01", state: 489.59, hostMinimum: 111.35, majoration: 111.45, stateGross: 541.17, majorationGross: 123.19, verified: false,
    sources: [t.orientation2022, t.decree2022_994, t.r121_23, t.racontemoi2024],
    note: "Point d'indice +3,5 % on 2022-07-01 (décret 2022-994). Single source for the split (total 600,94 €). Majoration 111,45 € computed (8,22 % of 309 × 58,2004 / 12 = 123,19 € gross, less CSG and CRDS), and quoted by one secondary page.",
  },
  {
    effectiveFrom: "2023-07-01", state: 496.93, hostMinimum: 113.02, majoration: 113.13, stateGross: 549.28, majorationGross: 125.04, verified: false,
    sources: [t.cdos31, t.decree2023_519],
    note: "Amounts confirmed as those in force before 2024-01-01 (CDOS 31); the effective date 2023-07-01 (point d'indice +1,5 %) is inferred, not stated by the source (496,93 / 489,59 = 1,015).",
  },
  {
    effectiveFrom: "2024-01-01", state: 504.98, hostMinimum: 114.85, majoration: 114.95, stateGross: 558.17, majorationGross: 127.06, verified: true,
    sources: [t.cdos31, t.prestation2024, t.whileresume, t.decree2023_519],
  },
  {
    effectiveFrom: "2025-01-01", state: 504.98, hostMinimum: 114.85, majoration: 114.95, stateGross: 558.17, majorationGross: 127.06, verified: false,
    sources: [t.cdos31, t.whileresume], note: UNCHANGED,
  },
  {
    effectiveFrom: "2026-01-01", state: 504.98, hostMinimum: 114.85, majoration: 114.95, stateGross: 558.17, majorationGross: 127.06, verified: false,
    sources: [t.cdos31, t.whileresume], note: UNCHANGED,
  },
];

/**
 * The dated values of a gross amount of the rows: computed, so never verified, each with the note on
 * how it was computed. @internal
 */
export function grossValues(pick: (row: ServiceCiviqueAmountRow) => number): DatedValue<number>[] {
  return serviceCiviqueAmountRows.map((row) => ({
    effectiveFrom: row.effectiveFrom,
    value: pick(row),
    sources: row.sources,
    verified: false,
    note: row.note === undefined ? GROSS_NOTE : `${GROSS_NOTE} ${row.note}`,
  }));
}
