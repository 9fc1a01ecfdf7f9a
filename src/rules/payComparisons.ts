import type { JobPosting } from "../jobPosting/JobPostingSchema.js";
import { comparePayWithMinimum, type PayComparison } from "../pay/comparePayWithMinimum.js";
import type { RuleContext } from "./Rule.js";

/**
 * The posting's pay comparisons at the context's date, computed once per lint run for the pay rules.
 * @internal
 */
export function payComparisons(posting: JobPosting, context: RuleContext): PayComparison[] {
  const key = `pay-comparisons@${context.date}`;
  const cached = context.cache?.get(key) as PayComparison[] | undefined;
  if (cached) return cached;
  const computed = comparePayWithMinimum(posting, { date: context.date });
  context.cache?.set(key, computed);
  return computed;
}
