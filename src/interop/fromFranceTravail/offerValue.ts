import { INPUT_CAPS } from "../INPUT_CAPS.js";

/** A text field, cut to `cap` characters before anything reads it (see INPUT_CAPS). */
export const str = (v: unknown, cap: number = INPUT_CAPS.field): string | undefined => {
  if (typeof v !== "string") return undefined;
  const s = (v.length > cap ? v.slice(0, cap) : v).trim();
  return s.length > 0 ? s : undefined;
};
/** An array's items; anything else is none. */
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** A multi-line text on one line, its lines joined with commas. */
export const oneLine = (s: string) =>
  s
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join(", ");
/** A text folded for comparison: no accents, lower case, single spaces. */
export const key = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
