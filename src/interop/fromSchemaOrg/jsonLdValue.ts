import { decodeEntities } from "../htmlToText.js";
import { INPUT_CAPS } from "../INPUT_CAPS.js";
import { type Obj, isObj } from "../isObj.js";

/** A value or its list: `undefined` and `null` are none, an array its items. */
export const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
/** A text value, cut to `cap` characters before anything else reads it (see INPUT_CAPS). */
export const text = (v: unknown, cap: number = INPUT_CAPS.field): string | undefined => {
  if (typeof v === "string") return (v.length > cap ? v.slice(0, cap) : v).trim() || undefined;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  if (isObj(v) && typeof v["@value"] === "string") return text(v["@value"], cap);
  return undefined;
};
/** A text with its HTML character references decoded ("&#233;" → "é"). */
export const decoded = (s: string | undefined): string | undefined => (s === undefined ? undefined : decodeEntities(s).trim() || undefined);
/** An HTML text value (a description), cut to INPUT_CAPS.html characters. */
export const html = (v: unknown): string | undefined => text(v, INPUT_CAPS.html);
/** A number as sites write it: 1700, "1700", "1 700,50", "1.700" (thousands), "1700.00". */
export const num = (v: unknown): number | undefined => {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (isObj(v) && "@value" in v) return num(v["@value"]);
  if (typeof v !== "string") return undefined;
  let s = v.replace(/[\s\u00a0\u202f€]/g, "").replace(/eur$/i, "");
  if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, "");
  s = s.replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  return Number(s);
};
/** The `@type`s of a node, without the schema.org prefix. */
export const typesOf = (o: Obj): string[] => asList(o["@type"]).filter((t): t is string => typeof t === "string").map((t) => t.replace(/^(https?:\/\/schema\.org\/|schema:)/, ""));
