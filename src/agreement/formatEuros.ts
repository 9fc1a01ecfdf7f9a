/**
 * A number written the French way, with a space between thousands and a decimal comma: two decimals,
 * or none for a whole number unless `cents` (`1854.37` → `"1 854,37"`, `22100` → `"22 100"`,
 * `6.6` → `"6,60"`). Append `" €"` with `unit`. Used in the `computation` strings of minimum-pay results.
 * @internal
 *
 * @example
 * ```ts
 * formatEuros(1854.37, true); // "1 854,37 €"
 * ```
 */
export function formatEuros(value: number, unit = false, cents = false): string {
  const fixed = Number.isInteger(value) && !cents ? String(value) : value.toFixed(2);
  const [int, dec] = fixed.split(".");
  const sign = int!.startsWith("-") ? "-" : "";
  const digits = sign ? int!.slice(1) : int!;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${sign}${grouped}${dec === undefined ? "" : `,${dec}`}${unit ? " €" : ""}`;
}
