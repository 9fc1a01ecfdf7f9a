import type { RuleContext } from "./Rule.js";

/**
 * A value computed once per lint run and shared by the rules that need it (the texts of a posting,
 * the pay comparisons, the service-civique bounds at the reference date…), kept in the run's cache
 * under `key`; without a cache (a rule called on its own), computed each time. The rules must not
 * change what they are given.
 * @internal
 */
export function shared<T>(context: RuleContext | undefined, key: string, compute: () => T): T {
  const cache = context?.cache;
  if (!cache) return compute();
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  return value;
}
