/**
 * A copy of a JSON value whose strings are cut to `cap` characters: what the exporters read of a
 * posting, so that no pattern or concatenation runs on more than the schema's longest text. Linear in
 * the number of objects: each is copied once; cycles and nesting deeper than 32 levels are left as they
 * are (a posting has neither).
 * @internal
 *
 * @example
 * ```ts
 * capTexts({ title: "x".repeat(50), tags: ["abc"] }, 10); // { title: "xxxxxxxxxx", tags: ["abc"] }
 * ```
 */
export function capTexts<T>(value: T, cap: number): T {
  // Each object is copied once (a value shared in several places, or a cycle, is not walked again: a
  // structure whose levels each hold the one below twice would otherwise take 2^depth steps).
  const copies = new Map<object, unknown>();
  const visit = (v: unknown, depth: number): unknown => {
    if (typeof v === "string") return v.length > cap ? v.slice(0, cap) : v;
    if (typeof v !== "object" || v === null || depth > 32) return v;
    if (copies.has(v)) return copies.get(v);
    copies.set(v, v);
    const out: unknown = Array.isArray(v) ? v.map((x) => visit(x, depth + 1)) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, visit(x, depth + 1)]));
    copies.set(v, out);
    return out;
  };
  return visit(value, 0) as T;
}
