import { readOptions } from "../validate/readOptions.js";

/**
 * The string-valued options of an interoperability function, read without throwing: `null`, a
 * non-object or a throwing accessor gives `{}`, and a value that is not a string is left out.
 *
 * @param options - The options argument, unchecked.
 * @param keys - The options to read.
 * @returns The options that are strings.
 * @example
 * ```ts
 * stringOptions({ locale: "en", date: 20240601 }, ["locale", "date"]); // { locale: "en" }
 * ```
 * @internal
 */
export function stringOptions<K extends string>(options: unknown, keys: readonly K[]): Partial<Record<K, string>> {
  const read = readOptions(options, keys);
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = read[key];
    if (typeof value === "string") out[key] = value;
  }
  return out;
}
