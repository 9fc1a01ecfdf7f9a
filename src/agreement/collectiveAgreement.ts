import { COLLECTIVE_AGREEMENTS, type CollectiveAgreementEntry } from "./COLLECTIVE_AGREEMENTS.js";
import { normaliseIdcc } from "./normaliseIdcc.js";

const BY_IDCC = new Map(COLLECTIVE_AGREEMENTS.map((a) => [a.idcc, a]));

/**
 * The registry entry of a collective agreement, by IDCC, or `undefined` when the IDCC is malformed
 * or not in {@link COLLECTIVE_AGREEMENTS}. The IDCC may be given as `"1518"`, `"0413"`, `"413"`,
 * `"IDCC 1518"` or the number `1518` (see {@link normaliseIdcc}). Never throws.
 *
 * @param idcc - The agreement's IDCC, as a string or a number.
 * @returns The registry entry, or `undefined`.
 * @example
 * ```ts
 * collectiveAgreement("1518")?.shortName; // "ÉCLAT"
 * collectiveAgreement(413)?.shortName;    // "CCN 66"
 * collectiveAgreement("9999");            // undefined
 * ```
 */
export function collectiveAgreement(idcc: string | number): CollectiveAgreementEntry | undefined {
  const normalised = normaliseIdcc(idcc);
  return normalised === undefined ? undefined : BY_IDCC.get(normalised);
}
