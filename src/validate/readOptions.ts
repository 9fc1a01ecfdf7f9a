import { isRecord } from "./isRecord.js";

/**
 * Reads the named properties of an options argument into a plain object, without throwing: anything
 * that is not a record (`null`, a number…) gives `{}`, and a property whose reading throws (a hostile
 * getter or proxy) is left out. The values are not checked: each caller checks the ones it uses.
 *
 * @param options - The options argument as the caller passed it.
 * @param keys - The properties to read.
 * @returns The properties that could be read and are not `undefined`.
 * @example
 * ```ts
 * readOptions({ locale: "en", date: "2024-06-01" }, ["locale"]); // { locale: "en" }
 * readOptions(null, ["locale"]); // {}
 * ```
 * @internal
 */
export function readOptions<K extends string>(options: unknown, keys: readonly K[]): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  if (!isRecord(options)) return out;
  for (const key of keys) {
    try {
      const value = options[key];
      if (value !== undefined) out[key] = value;
    } catch {
      // An unreadable option is an absent one.
    }
  }
  return out;
}
