/**
 * An IDCC written as a 4-digit string with leading zeros, or `undefined` when the input is not an
 * IDCC. Accepts a string of 1 to 4 digits (`"1518"`, `"413"` → `"0413"`), the same prefixed with
 * "IDCC" in any case, with optional spaces, "n°" or ":" (`"IDCC 1518"`, `"idcc n° 0413"`), and an
 * integer from 1 to 9999 (`413` → `"0413"`). Never throws.
 *
 * @param input - Anything.
 * @returns The IDCC as 4 digits, or `undefined`.
 * @example
 * ```ts
 * normaliseIdcc("IDCC 1518"); // "1518"
 * normaliseIdcc(29);          // "0029"
 * normaliseIdcc("15180");     // undefined
 * ```
 */
export function normaliseIdcc(input: unknown): string | undefined {
  if (typeof input === "number") {
    return Number.isInteger(input) && input >= 1 && input <= 9999 ? String(input).padStart(4, "0") : undefined;
  }
  if (typeof input !== "string") return undefined;
  const match = /^\s*(?:idcc\s*(?:n\s*[°o]\s*|:\s*)?)?([0-9]{1,4})\s*$/i.exec(input);
  if (!match) return undefined;
  const digits = match[1]!;
  return Number(digits) === 0 ? undefined : digits.padStart(4, "0");
}
