import { isValidLuhn } from "./isValidLuhn.js";

/** SIREN of La Poste, whose establishments' SIRET numbers use a different checksum. */
const LA_POSTE_SIREN = "356000000";

/**
 * Whether a string is a well-formed SIRET: 14 digits (the SIREN followed by a 5-digit
 * establishment number, NIC) passing the Luhn checksum. La Poste's establishments
 * (SIREN 356000000) are the documented exception: their digit sum may instead be a multiple of 5.
 *
 * @param siret - The candidate number, digits only (no spaces).
 * @returns True for a well-formed SIRET; false for anything else, a value that is not a string included (never throws).
 * @example
 * ```ts
 * isValidSiret("55210055400013"); // true
 * ```
 */
export function isValidSiret(siret: string): boolean {
  if (typeof siret !== "string" || !/^[0-9]{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN)) {
    let sum = 0;
    for (const c of siret) sum += c.charCodeAt(0) - 48;
    return sum % 5 === 0 || isValidLuhn(siret);
  }
  return isValidLuhn(siret);
}
