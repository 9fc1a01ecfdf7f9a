/**
 * A copy of a JSON value whose strings are cut to `cap` characters: what the exporters read of a
 * posting, so that no pattern or concatenation runs on more than the schema's longest text. Cycles
 * and nesting deeper than 32 levels are left out (a posting has neither).
 * @internal
 *
 * @example
 * ```ts
 * capTexts({ title: "x".repeat(50), tags: ["abc"] }, 10); // { title: "xxxxxxxxxx", tags: ["abc"] }
 * ```
 */
export function capTexts<T>(value: T, cap: number): T {
  const seen = new Set<object>();
  const visit = (v: unknown, depth: number): unknown => {
    if (typeof v === "string") return v.length > cap ? v.slice(0, cap) : v;
    if (typeof v !== "object" || v === null || depth > 32 || seen.has(v)) return v;
    seen.add(v);
    const out: unknown = Array.isArray(v) ? v.map((x) => visit(x, depth + 1)) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, visit(x, depth + 1)]));
    seen.delete(v);
    return out;
  };
  return visit(value, 0) as T;
}
