import type { ConditionResult } from "./EligibilityResult.js";

/**
 * Three-valued (Kleene) conjunction or disjunction of condition results. `all`: not met when one is
 * not met, else unknown when one is unknown, else met (met for none). `any`: met when one is met,
 * else unknown when one is unknown, else not met (not met for none).
 * @internal
 * @example
 * ```ts
 * combineResults("any", ["not-met", "unknown"]); // "unknown"
 * ```
 */
export function combineResults(kind: "all" | "any", results: readonly ConditionResult[]): ConditionResult {
  if (kind === "all") {
    if (results.includes("not-met")) return "not-met";
    return results.includes("unknown") ? "unknown" : "met";
  }
  if (results.includes("met")) return "met";
  return results.includes("unknown") ? "unknown" : "not-met";
}
