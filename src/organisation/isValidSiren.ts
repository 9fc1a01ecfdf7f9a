import { isValidLuhn } from "./isValidLuhn.js";

/**
 * Whether a string is a well-formed SIREN: 9 digits passing the Luhn checksum (INSEE's rule
 * for the identifier of a legal unit in the Sirene register).
 *
 * @param siren - The candidate number, digits only (no spaces).
 * @returns True for a well-formed SIREN; false for anything else, a value that is not a string included (never throws).
 * @example
 * ```ts
 * isValidSiren("552100554"); // true
 * isValidSiren("552100553"); // false: checksum
 * ```
 */
export function isValidSiren(siren: string): boolean {
  return typeof siren === "string" && /^[0-9]{9}$/.test(siren) && isValidLuhn(siren);
}
