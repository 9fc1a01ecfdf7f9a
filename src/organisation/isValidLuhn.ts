/**
 * The Luhn checksum used by SIREN and SIRET numbers: double every second digit from the right,
 * subtract 9 from doubled digits above 9, and the sum must be a multiple of 10.
 *
 * @param digits - A string of decimal digits.
 * @returns True when the string is non-empty, all digits, and passes the checksum.
 * @internal
 */
export function isValidLuhn(digits: string): boolean {
  if (!/^[0-9]+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
