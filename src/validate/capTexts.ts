import { PARAGRAPH_MAX } from "../text/limits.js";

/**
 * The longest string the rules read when `lintJobPosting` is called on a posting the schema has not
 * checked: 20 000 characters, the schema's own limit for a paragraph (a title is limited to 300).
 * Beyond it a string is read up to this length: no pattern ever runs on more.
 */
export const LINT_TEXT_MAX = PARAGRAPH_MAX;

/**
 * `value` with every string longer than `max` cut to `max` characters (never between the two halves
 * of a surrogate pair): the same value when none is longer, else a copy of the objects and arrays on
 * the way to the long strings. For input the guard accepted (no cycle, bounded depth and size).
 * @internal
 */
export function capTexts<T>(value: T, max = LINT_TEXT_MAX): T {
  return cap(value, max) as T;
}

function cap(value: unknown, max: number): unknown {
  if (typeof value === "string") {
    if (value.length <= max) return value;
    const end = /[\uD800-\uDBFF]/.test(value.charAt(max - 1)) ? max - 1 : max;
    return value.slice(0, end);
  }
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const capped = cap(item, max);
      if (capped !== item) (copy ??= value.slice())[i] = capped;
    }
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    const capped = cap(item, max);
    if (capped !== item) (copy ??= { ...record })[key] = capped;
  }
  return copy ?? value;
}
