/**
 * True for a non-null object that is not an array: what a posting, a pay or an options argument must
 * be before its properties are read. Never throws (a revoked proxy is not a record).
 *
 * @param value - Anything.
 * @returns Whether `value` is such an object.
 * @example
 * ```ts
 * isRecord({ title: "Animateur" }); // true
 * isRecord([1, 2]); // false
 * isRecord(null); // false
 * ```
 * @internal
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  try {
    return !Array.isArray(value);
  } catch {
    return false;
  }
}
